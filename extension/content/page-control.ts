/** How the engine writes into and reads from a control. */
export type ControlType =
  | "text"
  | "number"
  | "date"
  | "checkbox"
  | "radio"
  | "select"
  | "combobox"
  | "spinbutton"
  | "textarea";

/**
 * A radio: a native `<input type=radio>`, or Fluent's `<fluent-radio>` (a form-associated custom
 * element with the same `checked`, `value` and `disabled`, its role set through ElementInternals;
 * undefined from the isolated world, so read them through radioChecked/radioValue/radioDisabled).
 */
export type RadioLike = HTMLElement & { checked?: boolean; value?: string; disabled?: boolean };

/**
 * One control of the page as the engine sees it: native inputs, selects and text areas (also inside
 * open shadow roots), ARIA comboboxes (Fluent's Dropdown), spin buttons, and a radio group as one
 * control whose options are its radios (native radios sharing a name, or a `<fluent-radio-group>`).
 */
export interface PageControl {
  element: HTMLElement;
  type: ControlType;
  /** The group's radios, for type "radio". */
  radios?: RadioLike[];
}

/*
 * A radio's state as the DOM shows it. A <fluent-radio>'s `checked`, `value` and `disabled` are the
 * component's own properties, undefined from the content script's isolated world (docs/extension.md,
 * "Undo"); its CSS custom state `:state(checked)` and its attributes are seen from any world.
 */
export const radioChecked = (radio: RadioLike): boolean => radio.checked ?? inState(radio, "checked");
export const radioValue = (radio: RadioLike): string => radio.value ?? radio.getAttribute("value") ?? "";
// Fluent reflects `disabled` to its attribute.
export const radioDisabled = (radio: RadioLike): boolean => radio.disabled ?? radio.hasAttribute("disabled");

function inState(element: Element, state: string): boolean {
  try {
    return element.matches(`:state(${state})`);
  } catch {
    return false; // a browser without custom states
  }
}

/** Fluent UI's radio group web component: a group of `<fluent-radio>`, no native input in it. */
export const CUSTOM_RADIO_GROUP = "fluent-radio-group";
const CUSTOM_RADIO = "fluent-radio";

const SKIPPED_INPUTS = new Set([
  "hidden",
  "submit",
  "button",
  "reset",
  "image",
  "file",
  "color",
  "range",
  "password",
  "email",
  "url",
]);

/** The engine's view of an element, or undefined when it holds no figure (buttons, files, hidden state). */
export function toPageControl(element: Element): PageControl | undefined {
  if (!(element instanceof HTMLElement)) return undefined;
  const role = element.getAttribute("role");
  if (element instanceof HTMLInputElement) return inputControl(element, role);
  if (element instanceof HTMLSelectElement) return { element, type: "select" };
  if (element instanceof HTMLTextAreaElement) return { element, type: "textarea" };
  if (role === "combobox") return { element, type: "combobox" };
  if (element.localName === CUSTOM_RADIO_GROUP) {
    const radios = [...element.querySelectorAll<RadioLike>(CUSTOM_RADIO)];
    return radios.length > 0 ? { element, type: "radio", radios } : undefined;
  }
  if (role === "spinbutton" && element.isContentEditable) return { element, type: "spinbutton" };
  return undefined;
}

function inputControl(element: HTMLInputElement, role: string | null): PageControl | undefined {
  const type = element.type;
  if (SKIPPED_INPUTS.has(type)) return undefined;
  if (type === "checkbox") return { element, type: "checkbox" };
  if (type === "radio") return { element, type: "radio", radios: [element] };
  if (type === "date") return { element, type: "date" };
  if (role === "spinbutton") return { element, type: "spinbutton" };
  if (role === "combobox" && element.readOnly) return { element, type: "combobox" };
  if (type === "number") return { element, type: "number" };
  return { element, type: "text" };
}

/** Elements that may be controls; `toPageControl` decides. */
export const CONTROL_SELECTOR = `input, select, textarea, [role=combobox], [role=spinbutton], ${CUSTOM_RADIO_GROUP}`;

/** Whether the control holds text the engine types (as opposed to choosing an option or ticking). */
export function isTyped(control: PageControl): boolean {
  return ["text", "number", "date", "spinbutton", "textarea"].includes(control.type);
}
