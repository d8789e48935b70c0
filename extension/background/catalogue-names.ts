import { spelledNames } from "../../shared/templates/abbreviations";
import type { FieldNames } from "../content/content-api";
import { fillFields } from "../fill-fields";
import { unitWords } from "./unit-words";
import { wholeWords } from "./whole-words";

/**
 * Every field's id, kind, labels, aliases and choices, sent with each plan/fill/check request:
 * the content script scores the page's controls against all of them (content-api.ts `catalogue`)
 * without bundling the catalogue. The comments of plan-status measures compete too, so one
 * measure's comment box is never another measure's. Each name is also sent with the catalogue's
 * abbreviations spelled out and the other way round ("PHBU, i alt" is also "Psykisk helsevern for
 * barn og unge, i alt"; shared/templates/abbreviations.ts), so a form that writes either finds it,
 * and with its kind's unit words (unit-words.ts) and "total" for a declared whole (whole-words.ts).
 */
export function catalogueNames(): FieldNames[] {
  return fillFields().map((field) => {
    const { shown: _shown, ...names } = field;
    const units = [...unitWords(field.kind), ...wholeWords(field.id)];
    return { ...names, spelled: spelledNames(field.labels, field.aliases), unitWords: units };
  });
}
