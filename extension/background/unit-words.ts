import type { FigureKind } from "../content/content-api";
import { COMMENT_WORDS } from "../i18n/form-words";

/**
 * Per kind, the words a label may add to a field's own without naming anything else: the kind's
 * unit ("Antall døgnplasser" for a bed field, "Personer" for a headcount, "(%)" for a percent).
 * Sent with each catalogue entry (catalogue-names.ts), so the content script every frame gets
 * does not bundle them (its size budget is 20 KB: docs/extension.md).
 */
const UNIT_WORDS: Partial<Record<FigureKind, readonly string[]>> = {
  beds: ["plasser", "døgnplasser", "beds", "places", "senger", "sengeplasser"],
  places: ["plasser", "places"],
  headcount: ["personer", "persons", "headcount", "people", "ansatte"],
  fte: ["årsverk", "fte"],
  percent: ["prosent"],
  share: ["prosent", "andel", "share"],
  days: ["dager", "days", "døgn"],
  count: ["antall"],
  org: ["organisasjonsnummer", "orgnr", "org", "organisation", "organization"],
  year: ["år", "year"],
  date: ["dato", "date"],
  // "Forklaring ved endring i PHV voksne, i alt": the change is what any explanation is of.
  note: [...COMMENT_WORDS, "tiltak", "tiltaket", "measure", "endring", "endringer", "change", "changes"],
  choice: ["status"],
  status: ["status", "tiltak", "tiltaket", "measure"],
};

/** The unit words of a kind (see UNIT_WORDS); none for a kind that has none. */
export function unitWords(kind: FigureKind): string[] {
  return [...(UNIT_WORDS[kind] ?? [])];
}
