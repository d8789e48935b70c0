/** An element the engine can fill: a text-like input, a checkbox, a select or a text area. */
export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Inputs that hold no figure (buttons, files, hidden state) are never candidates. */
export const CONTROL_SELECTOR =
  "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]):not([type=file]):not([type=radio]), select, textarea";

/** Whether an element is a control the engine may fill. */
export function isFormControl(element: Element | null): element is FormControl {
  return element?.matches(CONTROL_SELECTOR) === true;
}
