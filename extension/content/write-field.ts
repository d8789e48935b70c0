import { type Choice, chooseOption } from "./choose-option";
import { pollUntil } from "./combobox-options";
import { normalizeLabel } from "./normalize-label";
import type { PageControl, RadioLike } from "./page-control";
import type { PlannedField } from "./plan-field";
import { radioText, readShown } from "./read-control";
import type { Snapshot } from "./undo-store";
import { chooseInCombobox, isYes, selectValue, setChecked, typeInto } from "./write-control";

/**
 * What writing did: written, or no choice stands for the figure (the choices the control offers),
 * or two do (`ambiguous`, those two).
 */
export type WriteOutcome = { written: true } | NotChosen;

/** Nothing chosen: no option stands for the figure (`options`: those offered), or two do (`ambiguous`). */
export type NotChosen = { written: false; options: string[]; ambiguous?: true };

const WRITTEN: WriteOutcome = { written: true };

/**
 * Writes a planned figure into its control the way a user would: types into text-like controls,
 * chooses a list's, radio group's or combobox's option that stands for the figure — by its value
 * or its words, never by its place. When none does, nothing is chosen and the options are named.
 */
export async function writeField(field: PlannedField): Promise<WriteOutcome> {
  const { control } = field.facts;
  const decided = listChoice(field);
  if (decided !== undefined) return "item" in decided ? chooseItem(control, decided.item) : decided;
  switch (control.type) {
    case "checkbox":
      setChecked(control.element as HTMLInputElement, isYes(field.expected));
      return WRITTEN;
    case "combobox": {
      let refusal: WriteOutcome = WRITTEN;
      const chosen = await chooseInCombobox(control, (texts) => {
        const choices = texts.map((text) => ({ value: text, text }));
        const fits = chooseOption(choices, field.figure, field.expected, field.style);
        refusal = notChosen(choices, fits);
        return fits.length === 1 ? (fits[0] as number) : -1;
      });
      return chosen ? WRITTEN : refusal;
    }
    default:
      typeInto(control.element, field.expected);
      return WRITTEN;
  }
}

/**
 * The option of a `<select>` or radio group the fill chooses, or why none is (no option stands
 * for the figure; two do: ambiguous, both named): the one decision the preview and the fill
 * share, so the preview never lists as filled a list the fill would refuse. Undefined for any
 * other control (a combobox shows its options only once opened, which the preview does not do).
 */
export function listChoice(
  field: PlannedField,
): { item: HTMLOptionElement | RadioLike } | NotChosen | undefined {
  const { control } = field.facts;
  const items =
    control.type === "select"
      ? [...(control.element as HTMLSelectElement).options]
      : control.type === "radio"
        ? (control.radios ?? [])
        : undefined;
  if (items === undefined) return undefined;
  const usable = items.filter((item) => !item.disabled);
  const choices = usable.map((item) => ({
    value: item.value,
    text: item instanceof HTMLOptionElement ? item.text : radioText(item),
  }));
  const fits = chooseOption(choices, field.figure, field.expected, field.style);
  return fits.length === 1
    ? { item: usable[fits[0] as number] as HTMLOptionElement | RadioLike }
    : notChosen(choices, fits);
}

function chooseItem(control: PageControl, item: HTMLOptionElement | RadioLike): WriteOutcome {
  const select = control.element as HTMLSelectElement;
  if (control.type === "radio") {
    if (!(item as RadioLike).checked) item.click();
  } else if (select.value !== item.value) selectValue(select, item.value);
  return WRITTEN;
}

/** Nothing chosen: two or more fit (ambiguous, those named), or none (the options a user could choose). */
function notChosen(choices: readonly Choice[], fits: readonly number[]): NotChosen {
  if (fits.length > 1)
    return { written: false, options: fits.map((index) => (choices[index] as Choice).text), ambiguous: true };
  return {
    written: false,
    options: choices
      .filter((choice) => choice.value !== "" && choice.text !== "")
      .map((choice) => choice.text),
  };
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
