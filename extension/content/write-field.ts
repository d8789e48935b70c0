import { type Choice, chooseOption } from "./choose-option";
import { pollUntil } from "./combobox-options";
import { normalizeLabel } from "./normalize-label";
import type { PageControl } from "./page-control";
import type { PlannedField } from "./plan-field";
import { radioText, readShown } from "./read-control";
import type { Snapshot } from "./undo-store";
import { chooseInCombobox, isYes, selectValue, setChecked, typeInto } from "./write-control";

/**
 * What writing did: written, or no choice stands for the figure (the choices the control offers),
 * or two do (`ambiguous`, those two).
 */
export type WriteOutcome = { written: true } | { written: false; options: string[]; ambiguous?: true };

const WRITTEN: WriteOutcome = { written: true };

/**
 * Writes a planned figure into its control the way a user would: types into text-like controls,
 * chooses a list's, radio group's or combobox's option that stands for the figure — by its value
 * or its words, never by its place. When none does, nothing is chosen and the options are named.
 */
export async function writeField(field: PlannedField): Promise<WriteOutcome> {
  const { control } = field.facts;
  const pick = (choices: Choice[]) => chooseOption(choices, field.figure, field.expected, field.style);
  const none = (choices: Choice[], fits: readonly number[] = []): WriteOutcome => {
    const two = fits.length > 1;
    const named = two ? fits.map((index) => choices[index] as Choice) : choices;
    const options = named.map((choice) => choice.text).filter((text) => text !== "");
    return two ? { written: false, options, ambiguous: true } : { written: false, options };
  };
  const one = (fits: readonly number[]) => (fits.length === 1 ? (fits[0] as number) : -1);
  switch (control.type) {
    case "checkbox":
      setChecked(control.element as HTMLInputElement, isYes(field.expected));
      return WRITTEN;
    case "select": {
      const select = control.element as HTMLSelectElement;
      const options = [...select.options].filter((option) => !option.disabled);
      const choices = options.map((item) => ({ value: item.value, text: item.text }));
      const fits = pick(choices);
      const option = options[one(fits)];
      if (option === undefined)
        return fits.length > 1 ? none(choices, fits) : none(choices.filter((choice) => choice.value !== ""));
      if (select.value !== option.value) selectValue(select, option.value);
      return WRITTEN;
    }
    case "radio": {
      const radios = (control.radios ?? []).filter((radio) => !radio.disabled);
      const choices = radios.map((item) => ({ value: item.value, text: radioText(item) }));
      const fits = pick(choices);
      const radio = radios[one(fits)];
      if (radio === undefined) return none(choices, fits);
      if (!radio.checked) radio.click();
      return WRITTEN;
    }
    case "combobox": {
      let shown: Choice[] = [];
      let fits: number[] = [];
      const chosen = await chooseInCombobox(control, (texts) => {
        shown = texts.map((text) => ({ value: text, text }));
        fits = pick(shown);
        return one(fits);
      });
      return chosen ? WRITTEN : none(shown, fits);
    }
    default:
      typeInto(control.element, field.expected);
      return WRITTEN;
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
      if (snapshot.shown === "") return clearCombobox(control);
      return chooseInCombobox(control, (texts) =>
        texts.findIndex((text) => normalizeLabel(text) === normalizeLabel(snapshot.shown)),
      );
    default:
      typeInto(control.element, snapshot.value);
      return true;
  }
}

/**
 * Puts a combobox back to "nothing chosen". Fluent's <fluent-dropdown> (web components v3) does it
 * through its public `selectOption(-1, true)`, which unselects every option and emits `change`
 * as a user's choice does. Fluent UI React's Dropdown offers no way back by any user action (its
 * `onChange` only ever gets an option), so it is reported as not restored.
 */
async function clearCombobox(control: PageControl): Promise<boolean> {
  const root = control.element.getRootNode();
  const host = control.element.closest("fluent-dropdown") ?? (root instanceof ShadowRoot ? root.host : null);
  const select = (host as { selectOption?: unknown } | null)?.selectOption;
  if (host === null || typeof select !== "function") return false;
  select.call(host, -1, true);
  // The button's text follows in a later frame (a FAST binding): wait for it, bounded.
  return pollUntil(() => readShown(control) === "", CLEARED_WAIT_MS);
}

/** How long a cleared dropdown may take to show its placeholder again. */
const CLEARED_WAIT_MS = 500;

function restoreRadio(control: PageControl, index: number): boolean {
  const radios = control.radios ?? [];
  const before = radios[index];
  if (before !== undefined) {
    if (!before.checked) before.click();
    return true;
  }
  // No user action empties a radio group: where React holds the choice in its state (its props
  // on the element), unticking the DOM would leave the state's choice to be submitted.
  if (radios.some((radio) => Object.keys(radio).some((key) => key.startsWith("__reactProps$")))) return false;
  const group = control.element as HTMLElement & { checkedIndex?: number };
  if (!(group instanceof HTMLInputElement) && typeof group.checkedIndex === "number") {
    // Fluent's <fluent-radio-group>: "nothing chosen" is checkedIndex -1, as its form reset sets it.
    group.checkedIndex = -1;
    group.dispatchEvent(new Event("change", { bubbles: true }));
    return radios.every((radio) => !radio.checked);
  }
  for (const radio of radios) {
    if (!radio.checked) continue;
    radio.checked = false;
    radio.dispatchEvent(new Event("input", { bubbles: true }));
    radio.dispatchEvent(new Event("change", { bubbles: true }));
  }
  return true;
}
