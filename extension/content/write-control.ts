import type { FormControl } from "./form-control";

/**
 * Puts text into a control so that the page's own code registers it as typed: the prototype's
 * native value setter (React tracks the instance setter and would drop a plain assignment), then
 * `input`, `change` and `blur`. Checkboxes are clicked. No key events: Enter could submit.
 */
export function writeControl(control: FormControl, text: string): void {
  if (control instanceof HTMLInputElement && control.type === "checkbox") {
    if (control.checked !== isYes(text)) control.click();
    return;
  }
  const prototype = Object.getPrototypeOf(control) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, "value")?.set;
  if (setter === undefined) control.value = text;
  else setter.call(control, text);
  control.dispatchEvent(new Event("input", { bubbles: true }));
  control.dispatchEvent(new Event("change", { bubbles: true }));
  control.dispatchEvent(new FocusEvent("blur"));
  control.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
}

/** How a figure's text reads as a checkbox state ("1", "ja", "true", "yes" tick it). */
export function isYes(text: string): boolean {
  return /^(1|ja|yes|true|x)$/i.test(text.trim());
}
