import type { FigureKind, MeasureWords } from "../content/content-api";

/** Figures that are counts (beds, people, FTEs, referrals): never where a rate, share or mean is said. */
const COUNTS: readonly FigureKind[] = ["beds", "places", "headcount", "fte", "count"];

/** A word standing alone, not inside another ("andel", never "behandling"; "rate", never "Avvisningsrate"). */
const alone = (words: string) => String.raw`(?<!\p{L})(?:${words})(?!\p{L})`;

/**
 * The units of measure a form's headers, legends, headings or labels state, each with the kinds of
 * figure that never go there (content-api.ts `MeasureWords`; the content script reads them from the
 * request, so it holds no word list). A column "Per 10 000 innbyggere" before "Antall" got every
 * bed count, a section "Døgnplasser i prosent av landsgjennomsnittet" the PHBU beds (adversary
 * round 4, B1/B2). Each list only ever removes places: a figure of a kind a measure fits (sick leave
 * under "%", a waiting time under "Gjennomsnitt (dager)") is matched as before. No catalogue field's
 * own name states a measure its kind is unfit for (test/extension/background/measure-words.test.ts).
 */
const MEASURE_WORDS: ReadonlyArray<{ says: string; unfit: readonly FigureKind[] }> = [
  // A rate per 1 000 / 10 000 / 100 000 (innbyggere), per FTE, per capita: a figure of no kind
  // the catalogue has. The number must be a round one: "per 31.12.2024" is a count's date.
  {
    says: String.raw`(?<!\p{L})(?:per|pr\.?)\s*(?:1(?:[\s.,]?0){2,}(?!\d)|årsverk|innb|capita|inhabitants|fte(?!\p{L}))`,
    unfit: [...COUNTS, "percent", "share", "days"],
  },
  // "Rate" said alone: a share's word ("Rejection rate"), never a count's.
  { says: alone("rate|dekningsgrad"), unfit: [...COUNTS, "days"] },
  // A percent or a share ("Andel kvinner (%)", "i prosent av landsgjennomsnittet", "Stillingsprosent").
  {
    says: `%|prosent|percent|per cent|${alone("andel|andelen|share")}`,
    unfit: [...COUNTS, "days"],
  },
  // A mean ("Stillingsprosent (snitt)", "gjennomsnittlig"): a waiting time in days is one, a count is not.
  { says: `gjennomsnitt|${alone("snitt|average|mean")}`, unfit: COUNTS },
  // A count's unit ("Personer", "Årsverk", "Antall") where no percent is said: no place for a
  // percentage ("Sykefravær i prosent av avtalte årsverk" still is one).
  {
    says: String.raw`^(?![\s\S]*(?:%|prosent|percent))[\s\S]*${alone("personer|årsverk|antall|headcount|fte|number")}`,
    unfit: ["percent", "share"],
  },
  // Days ("Sykefravær, antall dager per årsverk"): a waiting time's unit, never a count's or a
  // percent's; "bed days" (liggedøgn) are a count.
  {
    says: String.raw`${alone("dager")}|(?<!\p{L}|bed |patient )days(?!\p{L})`,
    unfit: [...COUNTS, "percent", "share"],
  },
];

/** The measures for a request (a copy: the request is the worker's to change). */
export function measureWords(): MeasureWords[] {
  return MEASURE_WORDS.map((measure) => ({ says: measure.says, unfit: [...measure.unfit] }));
}
