import { clean } from "./control-context";
import { type PageControl, type RadioLike, radioChecked, radioValue } from "./page-control";

/**
 * The text a control holds now: a select's chosen option value, "1"/"0" for a checkbox, a radio
 * group's checked value, a combobox's shown choice ("" while it shows its placeholder).
 */
export function readControl(control: PageControl): string {
  const element = control.element;
  switch (control.type) {
    case "checkbox":
      return (element as HTMLInputElement).checked ? "1" : "0";
    case "radio": {
      const checked = control.radios?.find(radioChecked);
      return checked ? radioValue(checked) : "";
    }
    case "combobox":
      return comboboxText(element);
    default:
      return (element as HTMLInputElement).value ?? element.textContent ?? "";
  }
}

/** What a control shows a reader: a select's option text, a radio's label, else its value. */
export function readShown(control: PageControl): string {
  if (control.element instanceof HTMLSelectElement) {
    return control.element.value === "" ? "" : (control.element.selectedOptions[0]?.text.trim() ?? "");
  }
  if (control.type === "radio") {
    const checked = control.radios?.find(radioChecked);
    return checked ? radioText(checked) : "";
  }
  return readControl(control);
}

/**
 * A combobox's current choice: an input's value, the chosen option of a `<select>` inside it, or
 * the text it shows (Fluent's Dropdown shows the chosen option's text, or its placeholder, marked
 * by a class or `aria-placeholder`).
 */
function comboboxText(element: HTMLElement): string {
  if (element instanceof HTMLInputElement) return element.value;
  // Choices.js draws its combobox around the page's own (hidden) <select>, which holds the choice;
  // its text is every option's (adversary round 9).
  const select = element.querySelector("select");
  if (select) return select.value && (select.selectedOptions[0]?.text.trim() ?? "");
  const title = element.querySelector("[class*=title], [class*=Title]") ?? element;
  if (/placeholder/i.test(title.className) || /placeholder/i.test(element.className)) return "";
  const text = clean(title.textContent ?? "");
  const host = element.parentElement?.localName.includes("-") ? element.parentElement : null;
  const placeholders = [element, host].map(
    (at) => at?.getAttribute("aria-placeholder") ?? at?.getAttribute("placeholder"),
  );
  return placeholders.includes(text) ? "" : text;
}

/**
 * What a radio says to a reader: its label, else its `aria-label` (a table's radio column names
 * its radios "På plass" that way), else its value.
 */
export function radioText(radio: RadioLike): string {
  // A <fluent-radio>'s label comes through ElementInternals (`labels`, undefined from the isolated
  // world: then its <fluent-field>'s slotted label), or is its own text.
  const labels = (radio as Partial<HTMLInputElement>).labels;
  const field = radio.parentElement?.querySelector(":scope > label[slot=label]");
  const own = radio instanceof HTMLInputElement ? "" : (radio.textContent ?? "").trim();
  const text =
    labels?.[0]?.textContent ??
    field?.textContent ??
    radio.getAttribute("aria-label") ??
    (own || radioValue(radio));
  return clean(text);
}
