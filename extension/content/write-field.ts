import { type Choice, chooseOption } from "./choose-option";
import { pollUntil } from "./combobox-options";
import { normalizeLabel } from "./normalize-label";
import { type PageControl, type RadioLike, radioChecked, radioDisabled, radioValue } from "./page-control";
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
  const usable = items.filter(
    (item) => !(item instanceof HTMLOptionElement ? item.disabled : radioDisabled(item)),
  );
  const choices = usable.map((item) => ({
    value: item instanceof HTMLOptionElement ? item.value : radioValue(item),
    text: item instanceof HTMLOptionElement ? item.text : radioText(item),
  }));
  const fits = chooseOption(choices, field.figure, field.expected, field.style);
  return fits.length === 1
    ? { item: usable[fits[0] as number] as HTMLOptionElement | RadioLike }
    : notChosen(choices, fits);
}

function chooseItem(control: PageControl, item: HTMLOptionElement | RadioLike): WriteOutcome {
  const select = control.element as HTMLSelectElement;
  if (!(item instanceof HTMLOptionElement)) {
    if (!radioChecked(item)) item.click();
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

/**
 * Whether undo cannot put this control back to the nothing it held before the fill. No user action
 * empties a radio group, nor a dropdown (one the engine can type into is a text field to it), and a page script's own state (React's
 * `selectedKey`, a Vue model) keeps the fill's choice whatever the DOM is made to show: unticking the
 * DOM would leave the page submitting what it no longer shows. That state cannot be seen from here:
 * the content script runs in an isolated world, which shares the page's DOM but none of its
 * JavaScript — neither React's `__reactProps$` expandos nor a custom element's own properties
 * (`<fluent-radio-group>.checkedIndex`, `<fluent-dropdown>.selectOption`)
 * (https://developer.chrome.com/docs/extensions/develop/concepts/content-scripts, "Work in isolated worlds").
 * So undo empties only what the DOM alone holds: a radio group on a page that runs no script of its
 * own.
 */
export function cannotEmpty(snapshot: Snapshot): boolean {
  const { control } = snapshot;
  if (control.type === "radio")
    return snapshot.checkedRadio < 0 && control.element.ownerDocument.querySelector(PAGE_SCRIPT) !== null;
  return control.type === "combobox" && snapshot.shown === "";
}

/** Where a page's own script could have seen a choice: a script element, or an inline handler of a radio's events. */
const PAGE_SCRIPT = "script,[onclick],[onchange]";

/**
 * Puts back what a snapshot holds through the page's events; answers whether the control took it
 * and still holds it a frame later (a framework that keeps its own choice puts it back by then).
 */
export async function restoreSnapshot(snapshot: Snapshot): Promise<boolean> {
  const { control } = snapshot;
  if (cannotEmpty(snapshot)) return false;
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
      return restoreChoice(control, normalizeLabel(snapshot.shown));
    default:
      typeInto(control.element, snapshot.value);
      return true;
  }
}

/** Chooses a combobox's earlier option again; answers whether it still shows it a frame later. */
async function restoreChoice(control: PageControl, shown: string): Promise<boolean> {
  const chosen = await chooseInCombobox(control, (texts) =>
    texts.findIndex((text) => normalizeLabel(text) === shown),
  );
  return chosen && keeps(() => normalizeLabel(readShown(control)) === shown);
}

/** Ticks the radio that was checked before (none: only where the DOM is all the page holds). */
async function restoreRadio(control: PageControl, index: number): Promise<boolean> {
  const radios = control.radios ?? [];
  const before = radios[index];
  if (before !== undefined && !radioChecked(before)) before.click();
  for (const radio of before === undefined ? radios : []) {
    if (!radioChecked(radio)) continue;
    radio.checked = false;
    radio.dispatchEvent(new Event("input", { bubbles: true }));
    radio.dispatchEvent(new Event("change", { bubbles: true }));
  }
  return keeps(() => radios.findIndex(radioChecked) === index);
}

/**
 * Whether the DOM shows what undo put back a frame later, waiting at most KEPT_WAIT_MS for it:
 * React re-renders in the event or a microtask, Fluent's web components in a later frame.
 */
async function keeps(holds: () => boolean): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 16));
  return pollUntil(holds, KEPT_WAIT_MS);
}

/** How long a restored control may take to show what it holds again. */
const KEPT_WAIT_MS = 500;
