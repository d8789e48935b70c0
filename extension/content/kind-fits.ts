import type { FigureKind } from "./content-api";
import type { FieldWords } from "./field-words";
import type { ControlType, PageControl } from "./page-control";
import { wordsInUse } from "./words";

const NUMBER_CONTROLS: readonly ControlType[] = ["text", "number", "spinbutton"];

/**
 * Which controls can hold each kind of figure: a number never goes into a checkbox, radio, text
 * area or date. The worker sends it with each request (`ContentRequest.fits`) and field-words.ts
 * gives each field its kind's list, so the content script does not bundle it (its size budget).
 */
export const KIND_CONTROLS: Readonly<Record<FigureKind, readonly ControlType[]>> = {
  beds: NUMBER_CONTROLS,
  places: NUMBER_CONTROLS,
  headcount: NUMBER_CONTROLS,
  fte: NUMBER_CONTROLS,
  percent: NUMBER_CONTROLS,
  count: NUMBER_CONTROLS,
  days: NUMBER_CONTROLS,
  share: NUMBER_CONTROLS,
  year: [...NUMBER_CONTROLS, "select", "combobox"],
  // A unit may be chosen among radios, one a unit, as among a list's options (choose-option.ts).
  org: ["text", "select", "radio", "combobox"],
  date: ["date", "text"],
  note: ["textarea", "text"],
  choice: ["select", "radio", "combobox"],
  status: ["select", "radio", "combobox"],
};

/** Whether a field's figure may go into the control at all (`fits`: its kind's controls). */
export function kindFits({ kind, fits }: Pick<FieldWords, "kind" | "fits">, control: PageControl): boolean {
  if (!fits.includes(control.type)) return false;
  if (control.type === "text" && kind !== "date" && kind !== "note" && asksForDate(control.element))
    return false;
  return true;
}

/** A text field whose placeholder or pattern asks for a date ("ÅÅÅÅ-MM-DD", "dd.mm.åååå"). */
export function asksForDate(element: HTMLElement): boolean {
  const hint = `${element.getAttribute("placeholder") ?? ""} ${element.getAttribute("pattern") ?? ""}`;
  return wordsInUse().asksDate.test(hint);
}
