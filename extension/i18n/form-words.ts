import { NB_SYMBOLS } from "../../shared/numbers/number-symbols";
import { ABBREVIATIONS } from "../../shared/templates/abbreviations";
import type { FormWords } from "../content/content-api";

/**
 * Words that glue a label together without telling fields apart ("Antall døgnplasser i PHV" and
 * "PHV" name the same thing); dropped before labels are compared.
 */
const FILLER = [
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
];

/** Phrases that mean one thing, spelled one way (applied before splitting into words). */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bi alt\b|\btotalt?\b|\bsum\b|\bsamlet\b|\bin total\b/g, " total "],
  [/\bhvorav\b|\bof which\b|\bherav\b/g, " herav "],
  [/%|\bprosent\b|\bpercent(age)?\b|\bpct\b/g, " prosent "],
  // SharePoint titles a required column's box "<column> Obligatorisk felt" ("Required Field"):
  // a word on filling it in, not on what it is for (adversary round 3, A7).
  [/\bobligatorisk felt\b|\brequired field\b/g, " "],
  // "I år" heads this year's column, as the package's own year does: no word of its own.
  [/\bi år\b|\binneværende år\b|\bthis year\b|\bcurrent year\b|(?<!\p{L})nå(?!\p{L})|\bnow\b/gu, " "],
];

/**
 * "i fjor", "forrige år", "rapportert i fjor", "fjorårets", "sist år", "forrige
 * rapporteringsperiode", "året før", "tidligere rapportert", "forrige plan", "last year", "previous
 * reporting period", "the year before", "previously reported", "previous plan": a column, section
 * or help text for last year's (or an earlier report's, an earlier plan's) figures ("ikke tidligere
 * rapportert" is new: not these; a plan's table under "Forrige plan" took this year's plan:
 * adversary round 5, C26's c02). So are an earlier round's or submission's and the comparatives:
 * "forrige runde", "forrige innsending", "tidligere innsendt", "arkivert innsending", "historikk",
 * "sammenligningstall", nynorsk "førre år" ("previous round", "previous submission", "comparative
 * figures"), which took this year's figures (adversary round 6, D1, D15, D25, D35); and the
 * abbreviations and shorthands of round 7: "Fj.år", "Fj." (an `<abbr>`), "Fjor" alone, "Foreg. år", "Forr. periode",
 * "T-1", English "LY", "Sist rapportert", a correction form's "Opprinnelig" (E1–E8). The
 * extension's one list of these words: a word here keeps matching's figures out of a place
 * ("Året før" and "Tidligere rapportert" took this year's: adversary round 5, C2, C3), and lets
 * a profile's locator that says it point there (content/locate-locators.ts).
 */
const LAST_YEAR =
  /\bi fjor\b|\bfjorår|(?<!\p{L})fjor(?!\p{L})|(?<!\p{L})fj\.|\b(forrige|foregående|førre|foreg\.|forr\.) ?(rapporterings)?(år|periode|plan|runde|innsending)|\bsist år|\bsist (inn)?(rapportert|sendt)|\bopprinnelig|(?<![\p{L}\d])t ?[-–] ?1(?!\d)|(?<!\p{L})ly(?!\p{L})|\boriginally reported|(?:^|[\s(:–-])året før\b|(?<!ikke )\btidligere (inn)?(rapportert|sendt)|\bsamm?[ea]nli[gk]ningstal|\bhistorikk\b|\barkiverte? innsending|\b(last|previous|prior) (reporting )?(year|period|plan|round|submission)|\bthe year before\b|\bpreviously (reported|submitted)\b|\bcomparative figures\b|\barchived submission/u;

/** "Planlagt", "plan", "prognose", "budsjett", "mål", "planned", "forecast", "target": a plan's figure. */
const PLANNED =
  /\bplan(lagt|lagte|en|er)?\b|\bprognose|\bbudsjett|\bmål\b|\bplanned\b|\bforecast|\bbudget|\btarget/;

/** Help that asks for a figure ("Oppgi …", "Fyll inn …", "Enter …"). */
const ASKS = /(?<!\p{L})(oppgi|fyll|skriv|før opp|legg inn|registrer|angi|enter|fill|type|give|provide)/u;

/** Help that compares (a figure, "endring", "rapporterte"). */
const COMPARES =
  /(?<!\p{L})(endring|avvik|sammenlign|rapporte(?!rings)|change|compar|report(?!ing)|differ)|(?<![\d.,])\d{1,3}(?![\d.])/u;

/** Words that say a field takes a comment ("Kommentar", "Forklaring"): a note goes only where one is said. */
export const COMMENT_WORDS: readonly string[] = [
  "kommentar",
  "kommentarer",
  "forklaring",
  "merknad",
  "merknader",
  "begrunnelse",
  "comment",
  "comments",
  "explanation",
  "note",
  "notes",
];

/** "Andre", "øvrige": a heading of the others, which names no area of its own (content/score-match.ts). */
const OTHER = ["andre", "øvrige", "annet", "other", "others"];

/** A row or column of the change from last year ("Endring", "Avvik"): no place for the figure itself. */
const CHANGE = /\b(endring|differanse|avvik|change|difference)/i;

/** The page's own words for its decimal style ("Bruk desimalkomma"). */
const STATES_COMMA = /desimalkomma|decimal comma/i;
const STATES_POINT = /desimalpunktum|desimalpunkt|decimal point/i;

/** A list's first option that stands for no choice: "(Ingen)", "(None)", "Velg …", "Select …", "--". */
const NO_CHOICE = /^\s*(\((ingen|none|ikke valgt)\)|(velg|select|choose)\b.*|[-–—]*)\s*$/iu;

/** Help that gives a field's old name ("Oppgi tallet som i fjor ble rapportert som «…»"). */
const REPORTED_AS = /rapportert som/;

/**
 * When a section's figures were sent: "Innsendt mars 2025", "sendt inn 12.03.2025", "levert",
 * "submitted March 2025". Not the year the figures are for: "Innsendt mars 2025 – tall for 2024"
 * holds 2024's (adversary round 6, D3).
 */
const SENT_ON =
  /(?<!\p{L})(innsendt|sendt|levert|submitted|sent)(?!\p{L})[^–—;:(),]{0,20}?(?<!\d)\d{4}(?!\d)/giu;

/** A placeholder or pattern asking for a date: "ÅÅÅÅ-MM-DD", "dd.mm.åååå", German "TT.MM.JJJJ". */
const ASKS_DATE = /(åååå|yyyy|jjjj)|\b(dd|mm)\b[./-]/i;

/**
 * The languages (the start of a `lang`) that write a decimal comma, and English's point:
 * SharePoint keeps `lang="en-us"` on Norwegian sites, which the page's text then overrules
 * (content/decimal-style.ts).
 */
const COMMA_LANGUAGE = /^(nb|nn|no|da|sv|de|fr|fi|es|it|nl|pl)\b/;
const POINT_LANGUAGE = /^en\b/;

/** Norwegian's `lang` (Bokmål, Nynorsk, Norwegian): a date is typed day.month.year there. */
const NORWEGIAN_LANGUAGE = /^(nb|nn|no)\b/;

/** Letters only Norwegian (or Danish) text holds: æ, ø, å (a page's running text in Norwegian). */
const NORWEGIAN_LETTERS = /[æøå]/i;

/** A figure's text that ticks a checkbox: "1", "ja", "yes", "true", "x" (content/write-control.ts). */
const YES = /^(1|ja|yes|true|x)$/i;

/**
 * A line saying whose the figures above it (or in its card) are: "Tallene over gjelder 2024 (til
 * kontroll).", "Tallene i dette kortet er for 2024", "The figures above are for 2024". A card's
 * footer so worded says its year as a title would (content/card-title.ts; adversary round 7, E22:
 * a card without a title said 2024 only there, and took this year's figures). Only these words:
 * any other line after the boxes ("Sum beregnes automatisk", "Sist lagret 2024") says nothing.
 */
const FIGURES_ABOVE =
  /(?<!\p{L})(tall(ene)?|tala|figures|the figures)\s+(over|ovenfor|i (dette|denne) \p{L}+|above|in this \p{L}+)\s+(gjelder|gjeld|er for|er fra|are for|are from|apply to|refer to)(?!\p{L})/iu;

/**
 * A locked text box's name that says whose card it is: the card's year ("År", "Rapporteringsår",
 * when it shows four digits) or its unit ("Enhet", "Helseforetak"), named so alone
 * (content/section-choice.ts; adversary round 6, D31, D32). The name is read normalized.
 */
const LOCKED_YEAR = /^(år|rapporteringsår|year|reporting year)$/;
const LOCKED_UNIT = /^(enhet|helseforetak|foretak|unit)$/;

/**
 * The service areas the catalogue's names say: its abbreviations and what each stands for
 * (shared/templates/abbreviations.ts), the aliases that name an area by words of their own ("Voksne,
 * DPS", "Barn og unge, i alt", "Rusbehandling, i alt") and the English labels' ("Adults, total",
 * "Child and adolescent mental health", "Substance-use treatment", "SUD treatment"). A wizard's
 * current step naming one ("2 PHBU") keeps the unit's figures out of its boxes that name none
 * (content/unknown-section.ts; adversary round 9, G8).
 */
const SERVICE_AREA_NAMES = [
  ...ABBREVIATIONS.flatMap(({ short, long }) => [short, ...long]),
  "voksne",
  "barn og unge",
  "rusbehandling",
  "adult",
  "adults",
  "child and adolescent",
  "children and adolescents",
  "substance-use",
  "substance use",
  "sud",
];
const SERVICE_AREA = new RegExp(
  `(?<![\\p{L}\\p{N}])(${SERVICE_AREA_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\p{N}])`,
  "iu",
);

const pattern = (expression: RegExp) => ({ source: expression.source, flags: expression.flags });

/**
 * The words forms are read with (content/words.ts), nb and en: sent with every plan, fill and check
 * request (background/tab-run.ts) and installed by profile-tools.js, so the content script every
 * frame gets on every run does not bundle them (its size budget: docs/extension.md), and a word
 * added here costs it nothing. With them nb-NO's number symbols, which it would read from Intl.
 */
export function formWords(): FormWords {
  return {
    filler: [...FILLER],
    phrases: PHRASES.map(([expression, replacement]) => ({ ...pattern(expression), replacement })),
    lastYear: pattern(LAST_YEAR),
    planned: pattern(PLANNED),
    asks: pattern(ASKS),
    compares: pattern(COMPARES),
    comment: [...COMMENT_WORDS],
    other: [...OTHER],
    change: pattern(CHANGE),
    statesComma: pattern(STATES_COMMA),
    statesPoint: pattern(STATES_POINT),
    noChoice: pattern(NO_CHOICE),
    reportedAs: pattern(REPORTED_AS),
    asksDate: pattern(ASKS_DATE),
    sentOn: pattern(SENT_ON),
    commaLanguage: pattern(COMMA_LANGUAGE),
    pointLanguage: pattern(POINT_LANGUAGE),
    norwegianLanguage: pattern(NORWEGIAN_LANGUAGE),
    norwegianLetters: pattern(NORWEGIAN_LETTERS),
    yes: pattern(YES),
    figuresAbove: pattern(FIGURES_ABOVE),
    lockedYear: pattern(LOCKED_YEAR),
    lockedUnit: pattern(LOCKED_UNIT),
    serviceArea: pattern(SERVICE_AREA),
    symbols: { groups: [...NB_SYMBOLS.groups], minus: [...NB_SYMBOLS.minus] },
  };
}
