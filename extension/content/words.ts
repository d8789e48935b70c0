/**
 * Words that glue a label together without telling fields apart ("Antall døgnplasser i PHV" and
 * "PHV" name the same thing); dropped before labels are compared.
 */
const FILLER = new Set([
  "og",
  "i",
  "for",
  "av",
  "på",
  "ved",
  "med",
  "til",
  "fra",
  "per",
  "pr",
  "antall",
  "the",
  "of",
  "and",
  "in",
  "at",
  "a",
  "an",
  "to",
  "number",
  "count",
  "no",
  "nr",
  "inkl",
  "incl",
]);

/** Phrases that mean one thing, spelled one way (applied before splitting into words). */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bi alt\b|\btotalt?\b|\bsum\b|\bsamlet\b|\bin total\b/g, " total "],
  [/\bhvorav\b|\bof which\b|\bherav\b/g, " herav "],
  [/%|\bprosent\b|\bpercent(age)?\b|\bpct\b/g, " prosent "],
  // SharePoint titles a required column's box "<column> Obligatorisk felt" ("Required Field"):
  // a word on filling it in, not on what it is for (adversary round 3, A7).
  [/\bobligatorisk felt\b|\brequired field\b/g, " "],
  // "I år" heads this year's column, as the package's own year does: no word of its own.
  [/\bi år\b|\binneværende år\b|\bthis year\b|\bcurrent year\b/g, " "],
];

/**
 * "i fjor", "forrige år", "rapportert i fjor", "fjorårets", "sist år", "forrige
 * rapporteringsperiode", "last year", "previous reporting period": a column, section or help text
 * for last year's figures. The extension's one list of these words.
 */
const LAST_YEAR =
  /\bi fjor\b|\bfjorår|\b(forrige|foregående) (rapporterings)?(år|periode)|\bsist år|\b(last|previous|prior) (reporting )?(year|period)/;

/** Lower case, dates and years out, phrases spelled one way: the text words are taken from. */
function canonical(text: string): string {
  let result = ` ${text.normalize("NFKC").toLowerCase()} `;
  result = result.replace(/\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/g, " ");
  for (const [pattern, replacement] of PHRASES) result = result.replace(pattern, replacement);
  return result;
}

/**
 * The words of a text that tell fields apart: no filler, no dates, phrases spelled one way.
 * Numbers stay words: "Plan 2026" and "Sengepost 12" name their own fields.
 */
export function wordsOf(text: string): string[] {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const words = [
    ...new Set(
      canonical(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word !== "" && !FILLER.has(word)),
    ),
  ];
  if (cache.size > 5000) cache.clear();
  cache.set(text, words);
  return words;
}

/** Labels and headings repeat from control to control and request to request: read each once. */
const cache = new Map<string, string[]>();

/** Four-digit years (2000–2100) a text names, dates left out. */
export function yearsIn(text: string): number[] {
  const withoutDates = text.replace(/\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/g, " ");
  return [...withoutDates.matchAll(/(?<!\d)(20\d\d|2100)(?!\d)/g)].map((match) => Number(match[1]));
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

/** "Planlagt", "plan", "prognose", "budsjett", "mål", "planned", "forecast", "target": a plan's figure. */
const PLANNED =
  /\bplan(lagt|lagte|en|er)?\b|\bprognose|\bbudsjett|\bmål\b|\bplanned\b|\bforecast|\bbudget|\btarget/;

/** Whether a heading says its figures are planned or forecast, not reported. */
export function saysPlanned(text: string): boolean {
  return PLANNED.test(text.normalize("NFKC").toLowerCase());
}

/** Whether a heading or label says it is about last year. */
export function saysLastYear(text: string): boolean {
  return LAST_YEAR.test(text.normalize("NFKC").toLowerCase());
}

/** Help that asks for a figure ("Oppgi …", "Fyll inn …", "Enter …"), or that compares (a figure, "endring", "rapporterte"). */
const ASKS = /(?<!\p{L})(oppgi|fyll|skriv|før opp|legg inn|registrer|angi|enter|fill|type|give|provide)/u;
const COMPARES =
  /(?<!\p{L})(endring|avvik|sammenlign|rapporte(?!rings)|change|compar|report(?!ing)|differ)|(?<![\d.,])\d{1,3}(?![\d.])/u;

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
  for (const sentence of hint.toLowerCase().split(/[.!?;]\s/)) {
    const years = [...yearsIn(sentence), ...datedYearsIn(sentence)].filter((named) => named !== year);
    const lastYear = saysLastYear(sentence);
    // "… som i fjor ble rapportert som «…»" gives the field's old name, so it compares too.
    const compares = COMPARES.test(sentence.replace(/\d+[./-]\d+[./-]\d+|\d{4}/g, ""));
    if (
      (lastYear || years.length > 0) &&
      (!compares || (ASKS.test(sentence) && !/rapportert som/.test(sentence)))
    ) {
      found.lastYear ||= lastYear;
      found.years.push(...years);
    }
  }
  return found;
}
