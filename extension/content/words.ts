import type { GroupsAndMinus } from "../../shared/numbers/parse-number-with";
import type { FormWords, WordPattern } from "./content-api";

/** The request's words (i18n/form-words.ts), compiled once for as long as the worker sends the same. */
interface Compiled {
  sent: string;
  filler: ReadonlySet<string>;
  phrases: ReadonlyArray<[RegExp, string]>;
  lastYear: RegExp;
  planned: RegExp;
  asks: RegExp;
  compares: RegExp;
  comment: readonly string[];
  other: ReadonlySet<string>;
  change: RegExp;
  statesComma: RegExp;
  statesPoint: RegExp;
  noChoice: RegExp;
  reportedAs: RegExp;
  asksDate: RegExp;
  sentOn: RegExp;
  commaLanguage: RegExp;
  pointLanguage: RegExp;
  norwegianLanguage: RegExp;
  norwegianLetters: RegExp;
  yes: RegExp;
  figuresAbove: RegExp;
  lockedYear: RegExp;
  lockedUnit: RegExp;
  serviceArea: RegExp;
  symbols: GroupsAndMinus;
}

let compiled: Compiled | undefined;

/**
 * Reads forms with these words from now on (each request sends them: the content script does not
 * bundle them, for its size budget). Words read with other words are read again.
 */
export function setFormWords(words: FormWords | undefined): void {
  // Without the number symbols a page's figures could not be read back after writing them.
  if (typeof words?.symbols !== "object") throw new Error("form_words_missing");
  const sent = JSON.stringify(words);
  if (compiled?.sent === sent) return;
  // Every pattern the words hold is compiled; lists (and the symbols) stay as they are, and the
  // two word lists are sets.
  const regex = (value: unknown) => {
    const pattern = value as Partial<WordPattern> | null;
    return typeof pattern?.source === "string" ? new RegExp(pattern.source, pattern.flags) : value;
  };
  const patterns = Object.fromEntries(Object.entries(words).map(([key, value]) => [key, regex(value)]));
  compiled = {
    ...(patterns as Omit<Compiled, "sent" | "filler" | "phrases" | "other">),
    sent,
    filler: new Set(words.filler),
    phrases: words.phrases.map((phrase) => [regex(phrase) as RegExp, phrase.replacement]),
    other: new Set(words.other),
  };
  cache.clear();
}

/** The words in use; reading a form without them would miss "i fjor" and fill last year's column. */
export function wordsInUse(): Compiled {
  if (compiled === undefined) throw new Error("form_words_missing");
  return compiled;
}

/** Dates as forms write them ("31.12.2024", "1/7/24", "2024-12-31"). */
const DATES = /\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/g;

/** Lower case, dates and years out, phrases spelled one way: the text words are taken from. */
function canonical(text: string): string {
  let result = ` ${text.normalize("NFKC").toLowerCase()} `;
  result = result.replace(DATES, " ");
  for (const [pattern, replacement] of wordsInUse().phrases) result = result.replace(pattern, replacement);
  return result;
}

/**
 * The words of a text that tell fields apart: no filler, no dates, phrases spelled one way.
 * Numbers stay words: "Plan 2026" and "Sengepost 12" name their own fields.
 */
export function wordsOf(text: string): string[] {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const { filler } = wordsInUse();
  const words = [
    ...new Set(
      canonical(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word !== "" && !filler.has(word)),
    ),
  ];
  if (cache.size > 5000) cache.clear();
  cache.set(text, words);
  return words;
}

/** Labels and headings repeat from control to control and request to request: read each once. */
const cache = new Map<string, string[]>();

/**
 * Years a text names, dates left out: four digits (2000–2100), or two right after an apostrophe as
 * a slide deck writes them ("Tall ’24" is 2024: adversary round 6, D6), or after a hyphen that
 * ends a header as a spreadsheet writes "jan-24" ("Tall -24": round 7, E25). Elsewhere two digits
 * are a count ("24 plasser"), a hyphen's a negative number ("-17 år", "Oppgi -99 dersom ukjent");
 * after a digit or letter it is feet and inches or a word.
 */
export function yearsIn(text: string): number[] {
  const withoutDates = text.replace(DATES, " ");
  return [
    ...withoutDates.matchAll(
      /(?<!\d)(20\d\d|2100)(?!\d)|(?<![\p{L}\d])[’'‘](\d\d)(?!\d)|(?<=\p{L} )-(\d\d)(?=\)?\s*$)/gu,
    ),
  ].map((match) => Number(match[1] ?? `20${match[2] ?? match[3]}`));
}

/** A span of years ("2026–2032", "2026-2032"): a plan's period, not one year of the page or section. */
const YEAR_SPAN = /(?<!\d)\d{4}\s*[–-]\s*\d{4}(?!\d)/g;

/** The years a text names, leaving out dates and spans of years. */
export function singleYearsIn(text: string): number[] {
  return yearsIn(text.replace(YEAR_SPAN, " "));
}

/** The years of the dates a text names ("per 31.12.2024", "2024-12-31"). */
export function datedYearsIn(text: string): number[] {
  const dates = text.matchAll(
    /(?<!\d)\d{1,2}[./]\d{1,2}[./](20\d\d)(?!\d)|(?<!\d)(20\d\d)-\d{2}-\d{2}(?!\d)/g,
  );
  return [...dates].map((match) => Number(match[1] ?? match[2]));
}

/**
 * The years `read` finds in a section's title, but for the year it says the figures were sent in
 * ("Innsendt mars 2025 – tall for 2024" is 2024's: adversary round 6, D3). A title naming no
 * other year keeps that year: "Innsendt mars 2024" alone is no title of this year's figures.
 */
export function unsentYears(text: string, read: (text: string) => number[]): number[] {
  const years = read(text.replace(wordsInUse().sentOn, " "));
  return years.length > 0 ? years : read(text);
}

/** Whether a heading says its figures are planned or forecast, not reported. */
export function saysPlanned(text: string): boolean {
  return wordsInUse().planned.test(text.normalize("NFKC").toLowerCase());
}

/** Whether a heading or label says it is about last year. */
export function saysLastYear(text: string): boolean {
  return wordsInUse().lastYear.test(text.normalize("NFKC").toLowerCase());
}

/**
 * What a control's help (placeholder, description, title) says about the year it is for. Help
 * text is no column header: help that compares with last year or says what was reported then ("I
 * fjor rapporterte dere 103", "Fjorårets tall: 12", "Endring fra i fjor over 5 plasser må
 * forklares", "Oppgi tallet som i fjor ble rapportert som …") says nothing against this year's
 * figure. Help that asks for a figure and names last year ("Oppgi fjorårets tall (2023)", "Oppgi
 * antall plasser som var i drift i fjor"), or names last year or another year alone ("(i fjor)",
 * "per 31.12.2024"), makes the control that year's.
 */
export function hintedYears(hint: string, year: number | undefined): { lastYear: boolean; years: number[] } {
  const found = { lastYear: false, years: [] as number[] };
  // Most controls have no help at all: nothing to read.
  if (hint === "") return found;
  const { asks, compares, reportedAs } = wordsInUse();
  for (const sentence of hint.toLowerCase().split(/[.!?;]\s/)) {
    const years = [...yearsIn(sentence), ...datedYearsIn(sentence)].filter((named) => named !== year);
    const lastYear = saysLastYear(sentence);
    // "… som i fjor ble rapportert som «…»" gives the field's old name, so it compares too.
    const comparing = compares.test(sentence.replace(/\d+[./-]\d+[./-]\d+|\d{4}/g, ""));
    if (
      (lastYear || years.length > 0) &&
      (!comparing || (asks.test(sentence) && !reportedAs.test(sentence)))
    ) {
      found.lastYear ||= lastYear;
      found.years.push(...years);
    }
  }
  return found;
}
