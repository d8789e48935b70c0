import type { FormControl } from "./form-control";

/** The text a control holds now: a select's chosen option value, "1"/"0" for a checkbox. */
export function readControl(control: FormControl): string {
  if (control instanceof HTMLInputElement && control.type === "checkbox") return control.checked ? "1" : "0";
  return control.value;
}

/** A select's chosen option text, which a figure may match instead of its value. */
export function readOptionText(control: FormControl): string | undefined {
  if (!(control instanceof HTMLSelectElement)) return undefined;
  return control.selectedOptions[0]?.text;
}
