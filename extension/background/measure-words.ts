import { type FigureKind, FURTHER_OUT, type MeasureWords } from "../content/content-api";
import { NUMBER_KINDS, sectionMeasures } from "./section-measures";

/** Figures that are counts (beds, people, FTEs, referrals): never where a rate, share or mean is said. */
const COUNTS: readonly FigureKind[] = ["beds", "places", "headcount", "fte", "count"];

/** A word standing alone, not inside another ("andel", never "behandling"; "rate", never "Avvisningsrate"). */
const alone = (words: string) => String.raw`(?<!\p{L})(?:${words})(?!\p{L})`;

/** Said by the control's name or a text right around it: a heading further out says nothing (content-api.ts). */
const NEAR = `[^${FURTHER_OUT}]`;
const near = (says: string) => `^${NEAR}*?(?:${says})`;

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
    says: near(
      String.raw`(?<!\p{L})(?:per|pr\.?)\s*(?:1(?:[\s.,]?0){2,}(?!\d)|årsverk|innb|capita|inhabitants|fte(?!\p{L}))`,
    ),
    unfit: [...COUNTS, "percent", "share", "days"],
  },
  // Per mille ("Sykefravær (‰)", "promille"): no figure of the catalogue is one, and a percent
  // written there would be ten times too small (adversary round 6, D9, D10).
  { says: near(`‰|${alone("promille|per mille|permille")}`), unfit: [...NUMBER_KINDS] },
  // Another unit's figure beside our own: the region's or the country's ("Regionalt snitt (alle
  // HF)", "Landsgjennomsnitt", "Nasjonalt", "Hele landet", a column "Norge": round 7, E19) is never
  // the trust's (adversary round 6, D8).
  {
    says: near(
      alone(
        "regionalt|regionens|regionen|nasjonalt|landsgjennomsnitt(?:et)?|landsnivå|hele landet|landet|norge|norway|alle hf|alle helseforetak(?:ene)?|regional average|national(?: average)?|nationwide|all trusts",
      ),
    ),
    unfit: [...NUMBER_KINDS],
  },
  // A part of the year ("3. tertial 2025", "1. halvår", "Hittil i år (per 31.08.2025)"): the
  // year's figures never go there (adversary round 7, E20, E21); "Hele året" is the year's. Not
  // "kvartal" nor "måneder": FTEs are counted in the 4th quarter, sick leave over 12 months.
  { says: near(alone("tertial|halvår|hittil|year to date|ytd")), unfit: [...NUMBER_KINDS] },
  // A part of sick leave the catalogue does not ask ("Legemeldt (%)", "Egenmeldt"): the total
  // sick leave never goes there (adversary round 7, E23), as "Sykefravær, legemeldt" does not take
  // it; "egenmeldt og legemeldt" together is the total.
  {
    says: near(alone("(?<!og )(?:legemeldt|egenmeldt)(?! og)|self-certified|doctor-certified")),
    unfit: [...NUMBER_KINDS],
  },
  // "Rate" said alone: a share's word ("Rejection rate"), never a count's.
  { says: near(alone("rate|dekningsgrad")), unfit: [...COUNTS, "days"] },
  // A percent or a share ("Andel kvinner (%)", "i prosent av landsgjennomsnittet", "Stillingsprosent").
  {
    says: near(`%|prosent|percent|per cent|${alone("andel|andelen|share")}`),
    unfit: [...COUNTS, "days"],
  },
  // A distribution key ("Fordelingsnøkkel (sum 1,0)", "Andeler (sum = 1)"): shares that add up
  // to one, never a count (adversary round 5, C33). A stated sum of one says it whatever the
  // key is called; "Nøkkeltall" (key figures), "Sum 142" and "Sum 1 000" are counts.
  {
    says: near(
      String.raw`${alone("(?:fordelings|allokerings)?nøkkel|(?:distribution|allocation) key")}|(?<!\p{L})sum(?:merer til)?\s*[=:]?\s*1(?:[.,]0+)?(?![\d.,]*\d|\s\d)`,
    ),
    unfit: [...COUNTS, "days"],
  },
  // A mean ("Stillingsprosent (snitt)", "gjennomsnittlig"): a waiting time in days is one, a count is not.
  { says: near(`gjennomsnitt|${alone("snitt|average|mean")}`), unfit: COUNTS },
  // A count's unit ("Personer", "Årsverk", "Antall") where no percent is said: no place for a
  // percentage ("Sykefravær i prosent av avtalte årsverk" still is one).
  {
    says: `^(?!${NEAR}*(?:%|prosent|percent))${NEAR}*${alone("personer|årsverk|antall|headcount|fte|number")}`,
    unfit: ["percent", "share"],
  },
  // People or FTEs ("Årsverk", "Personer", "Antall pasienter") where no beds or places are said:
  // a count of staff or patients, never of beds; legends "Årsverk" and "Antall pasienter" over
  // boxes named by the service took the bed counts (adversary round 9, G9). "Døgnplasser og
  // årsverk" still holds beds.
  {
    says: String.raw`^(?!${NEAR}*(?:plass|beds|bed\s|places))${NEAR}*${alone("årsverk|stillinger|personer|pasienter|headcount|fte|patients|persons|staff")}`,
    unfit: ["beds", "places"],
  },
  // Stays counted as events ("Utskrivninger", "Innleggelser"), which no catalogue section names:
  // a count of them, never of beds, persons or FTEs, nor a percentage (adversary round 4, B25).
  {
    says: near(alone("utskriv(?:n)?inger|innleggelser|discharges|admissions")),
    unfit: ["beds", "places", "headcount", "fte", "percent", "share", "days"],
  },
  // Days ("Sykefravær, antall dager per årsverk"): a waiting time's unit, never a count's or a
  // percent's; "bed days" (liggedøgn) are a count.
  {
    says: near(String.raw`${alone("dager")}|(?<!\p{L}|bed |patient )days(?!\p{L})`),
    unfit: [...COUNTS, "percent", "share"],
  },
];

/**
 * Words of a budget, a forecast, an estimate or a norm ("Normerte plasser" beside "I drift":
 * adversary round 7, E24): its figures are not the ones a form reports.
 */
const BUDGET =
  "budsjett|prognos|estimat|estimert|anslag|anslått|framskriv|fremskriv|normert|normerte|forecast|budget|estimate|projected|projection";

/** Words of the figures that happened ("Faktisk 2025", "Regnskap", "Actual"): a reported figure's place. */
const ACTUAL = "faktisk|regnskap|actual|outturn";

/**
 * A place for a budget or a forecast ("Budsjett 2025" beside "Faktisk 2025", a page titled
 * "Budsjett 2025 – …") takes no reported figure (adversary round 4, B10); a plan's does go there
 * (`reported`: the capacity plan's planned beds). The nearest text that says either decides, the
 * page's title too: a "Faktisk 2025" column on a budget's page is the actual figures', and a text
 * that says both ("Faktisk mot budsjett") is no reported figure's alone.
 */
const NOT_REPORTED: MeasureWords = {
  says: String.raw`^(?:(?!${ACTUAL})[\s\S])*?(?:${BUDGET}|(?:${ACTUAL})[^\n]*(?:${BUDGET}))`,
  unfit: [...NUMBER_KINDS],
  reported: true,
};

/**
 * A plan's or a target's place for a year ("Plan 2025" beside "Faktisk 2025", "Mål 2025" beside
 * "Resultat 2025"): what was aimed at, not what happened, so no reported figure goes there
 * (adversary round 7, E9); a plan's figure does (the capacity plan's "Plan 2029"). Only the word
 * standing alone before a year and right around the control: "Planlagt 2029", "Kapasitetsplan
 * 2026–2032" and a page titled "Status regional plan 2025" say nothing of its boxes.
 */
const PLAN_OR_TARGET: MeasureWords = {
  says: near(String.raw`${alone("plan|mål|target|goal")}\s+20\d\d`),
  unfit: [...NUMBER_KINDS],
  reported: true,
};

/** Regular-expression text for a title's words as a form writes them ("Bed days", "Bed  days"). */
const spelled = (title: string) =>
  title
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, String.raw`\s+`);

/**
 * Each catalogue section that measures figures ("Liggedøgn" / "Bed days", "Henvisninger",
 * "Ventetid") named right around a control keeps out the figures of kinds it does not hold: a
 * "Liggedøgn" column before "Døgnplasser" got every bed count (adversary round 4, B25).
 */
function catalogueMeasures(): MeasureWords[] {
  return sectionMeasures().map((section) => ({
    says: near(alone(`${spelled(section.title.nb)}|${spelled(section.title.en)}`)),
    unfit: NUMBER_KINDS.filter((kind) => !section.kinds.includes(kind)),
  }));
}

/**
 * A word's letter boundary in a measure's words (`alone`, and the boundaries written out). Taking
 * them away only adds matches, as none stands inside a negative look-around
 * (test/extension/content/measure-test.test.ts): `MeasureWords.loose`.
 */
const LETTER_EDGE = /\(\?<?!\\p\{L\}[^()\\]*\)/g;

/** The measures for a request (a copy: the request is the worker's to change). */
export function measureWords(): MeasureWords[] {
  return [
    ...MEASURE_WORDS.map((measure) => ({ says: measure.says, unfit: [...measure.unfit] })),
    ...catalogueMeasures(),
    { ...NOT_REPORTED, unfit: [...NOT_REPORTED.unfit] },
    { ...PLAN_OR_TARGET, unfit: [...PLAN_OR_TARGET.unfit] },
  ].map((measure) => ({ ...measure, loose: measure.says.replace(LETTER_EDGE, "") }));
}
