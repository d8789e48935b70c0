import { type Choice, chooseOption } from "./choose-option";
import { normalizeLabel } from "./normalize-label";
import type { PageControl } from "./page-control";
import type { PlannedField } from "./plan-field";
import { radioText } from "./read-control";
import type { Snapshot } from "./undo-store";
import { chooseInCombobox, isYes, selectValue, setChecked, typeInto } from "./write-control";

/**
 * Writes a planned figure into its control the way a user would: types into text-like controls,
 * chooses a list's, radio group's or combobox's option that stands for the figure. Answers
 * `no_option` when a list has none.
 */
export async function writeField(field: PlannedField): Promise<"written" | "no_option"> {
  const { control } = field.facts;
  const pick = (choices: Choice[]) => chooseOption(choices, field.figure, field.expected, field.style);
  switch (control.type) {
    case "checkbox":
      setChecked(control.element as HTMLInputElement, isYes(field.expected));
      return "written";
    case "select": {
      const select = control.element as HTMLSelectElement;
      const options = [...select.options].filter((option) => !option.disabled);
      const option = options[pick(options.map((item) => ({ value: item.value, text: item.text })))];
      if (option === undefined) return "no_option";
      if (select.value !== option.value) selectValue(select, option.value);
      return "written";
    }
    case "radio": {
      const radios = (control.radios ?? []).filter((radio) => !radio.disabled);
      const radio = radios[pick(radios.map((item) => ({ value: item.value, text: radioText(item) })))];
      if (radio === undefined) return "no_option";
      if (!radio.checked) radio.click();
      return "written";
    }
    case "combobox":
      return (await chooseInCombobox(control, (texts) => pick(texts.map((text) => ({ value: text, text })))))
        ? "written"
        : "no_option";
    default:
      typeInto(control.element, field.expected);
      return "written";
  }
}

/** Puts back what a snapshot holds; answers whether the control took it. */
export async function restoreSnapshot(snapshot: Snapshot): Promise<boolean> {
  const { control } = snapshot;
  switch (control.type) {
    case "checkbox":
      setChecked(control.element as HTMLInputElement, snapshot.value === "1");
      return true;
    case "select":
      selectValue(control.element as HTMLSelectElement, snapshot.value);
      return true;
    case "radio":
      return restoreRadio(control, snapshot.checkedRadio);
    case "combobox":
      // A Fluent Dropdown cannot go back to "nothing chosen" by any user action.
      if (snapshot.shown === "") return false;
      return chooseInCombobox(control, (texts) =>
        texts.findIndex((text) => normalizeLabel(text) === normalizeLabel(snapshot.shown)),
      );
    default:
      typeInto(control.element, snapshot.value);
      return true;
  }
}

function restoreRadio(control: PageControl, index: number): boolean {
  const radios = control.radios ?? [];
  const before = radios[index];
  if (before !== undefined) {
    if (!before.checked) before.click();
    return true;
  }
  for (const radio of radios) {
    if (!radio.checked) continue;
    radio.checked = false;
    radio.dispatchEvent(new Event("input", { bubbles: true }));
    radio.dispatchEvent(new Event("change", { bubbles: true }));
  }
  return true;
}
