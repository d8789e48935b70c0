import type { FormControl } from "./form-control";

/** Why a located control is left alone in fill mode. */
export type UnusableReason = "disabled" | "readonly" | "hidden";

/**
 * Why a control must not be filled, or undefined when it may be: the page disabled it, made it
 * read-only, or does not show it (a user could not have typed there either).
 */
export function unusableReason(control: FormControl): UnusableReason | undefined {
  if (control.disabled || control.closest("fieldset:disabled") !== null) return "disabled";
  if (!(control instanceof HTMLSelectElement) && control.readOnly) return "readonly";
  if (isHidden(control)) return "hidden";
  return undefined;
}

function isHidden(control: FormControl): boolean {
  if (control.hidden || control.closest("[hidden]") !== null) return true;
  const check = (control as { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return typeof check === "function" ? !check.call(control, { visibilityProperty: true }) : false;
}
