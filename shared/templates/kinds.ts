import type { Words } from "../messages/lang";
import { type NumberReading, readDate, readOrg } from "../report/read-value";
import type { RawValue } from "../report/validation-input";
import { type Choice, readChoice, STATUS_CHOICES } from "./choices";

/**
 * What a field holds. The kind decides everything about a value that is not the field's own words:
 * how it is read, its unit, bounds and step, its Excel format and data-validation rule, and whether
 * it is a figure (compared with last year, explained, summed over units). Its JSON type in a package
 * is in `kind-schemas.ts`, beside zod, so that what only reads workbooks does not carry zod.
 */
export type FieldKind =
  | "org"
  | "year"
  | "date"
  | "beds"
  | "places"
  | "headcount"
  | "fte"
  | "percent"
  | "count"
  | "days"
  | "share"
  | "status";

/** The Excel data-validation rule of a kind's input cell, with its error text in every language. */
export interface KindValidation {
  type: "decimal" | "whole" | "date" | "textLength" | "list";
  min?: number;
  max?: number;
  /** The choices of a list rule, as the cell shows them (Norwegian words). */
  list?: readonly string[];
  error: Words;
}

/** Everything the product knows about one kind of value. */
export interface KindDef {
  unit?: Words;
  min?: number;
  max?: number;
  /** Smallest step between allowed values (0.5 for beds, 1 for counts, 0.01 for FTE). */
  step?: number;
  /** At most this many decimals (0: whole numbers); undefined where another rule judges the step. */
  decimals?: number;
  /** Excel number format of the value cell ("@" keeps an org. no. text). */
  numberFormat: string;
  validation: KindValidation;
  /** Read as a number (value-is-number, value-in-range apply). */
  numeric: boolean;
  /**
   * A figure: by default compared with last year and explained (`prev.` and `note.` cells), and a
   * sum over units means something. A share or a status is not.
   */
  figure: boolean;
  /**
   * Adding the units' values gives the region's (beds, people, FTE, counts). A mean, a percentage
   * or a share is not additive: the regional table shows no total for it, never a sum of means.
   */
  summed: boolean;
  /** An empty, optional value of this kind is noted as not given (info). */
  notedWhenEmpty: boolean;
  choices?: readonly Choice[];
  /** The value as a package holds it, or undefined when blank or unreadable (the report says why). */
  read(raw: RawValue | undefined, reading: () => NumberReading): number | string | undefined;
}

/** Excel serial numbers of 2000-01-01 and 2100-12-31, the widest dates a count date may take. */
const FIRST_DATE = 36526;
const LAST_DATE = 73415;

const asNumber = (_raw: RawValue | undefined, reading: () => NumberReading) => {
  const read = reading();
  return read.state === "number" ? read.value : undefined;
};

function ranged(type: "decimal" | "whole", min: number, max: number, what: Words): KindValidation {
  return {
    type,
    min,
    max,
    error: {
      nb: `Skriv ${what.nb} mellom ${min} og ${max}.`,
      en: `Type ${what.en} between ${min} and ${max}.`,
    },
  };
}

/** A kind read as a number, with its bounds, step and words. */
function numeric(
  spec: Pick<KindDef, "unit" | "step" | "decimals" | "numberFormat" | "figure" | "summed"> & {
    min: number;
    max: number;
    rule: "decimal" | "whole";
    what: Words;
  },
): KindDef {
  const { rule, what, ...rest } = spec;
  return {
    ...rest,
    validation: ranged(rule, spec.min, spec.max, what),
    numeric: true,
    notedWhenEmpty: true,
    read: asNumber,
  };
}

/** The one table of kinds: a kind missing here, or a fact missing from a kind, does not compile. */
export const KINDS: Readonly<Record<FieldKind, KindDef>> = {
  org: {
    numberFormat: "@",
    validation: {
      type: "textLength",
      min: 9,
      max: 11,
      error: { nb: "Skriv ni sifre, f.eks. 983 975 267.", en: "Type nine digits, e.g. 983 975 267." },
    },
    numeric: false,
    figure: false,
    summed: false,
    notedWhenEmpty: false,
    read: (raw) => readOrg(raw),
  },
  year: {
    min: 2000,
    max: 2100,
    step: 1,
    numberFormat: "0",
    validation: ranged("whole", 2000, 2100, { nb: "et årstall", en: "a year" }),
    numeric: false,
    figure: false,
    summed: false,
    notedWhenEmpty: false,
    read: asNumber,
  },
  date: {
    numberFormat: "dd.mm.yyyy",
    validation: {
      type: "date",
      min: FIRST_DATE,
      max: LAST_DATE,
      error: { nb: "Skriv en dato, f.eks. 15.11.2024.", en: "Type a date, e.g. 15.11.2024." },
    },
    numeric: false,
    figure: false,
    summed: false,
    notedWhenEmpty: false,
    read: (raw) => readDate(raw),
  },
  beds: numeric({
    unit: { nb: "plasser", en: "beds" },
    min: 0,
    max: 5000,
    step: 0.5,
    numberFormat: "General",
    figure: true,
    summed: true,
    rule: "decimal",
    what: { nb: "et antall plasser (hele eller halve)", en: "a number of beds (whole or half)" },
  }),
  places: numeric({
    unit: { nb: "plasser", en: "places" },
    min: 0,
    max: 5000,
    step: 0.5,
    numberFormat: "General",
    figure: true,
    summed: true,
    rule: "decimal",
    what: { nb: "et antall plasser", en: "a number of places" },
  }),
  headcount: numeric({
    unit: { nb: "personer", en: "persons" },
    min: 0,
    max: 50000,
    step: 1,
    decimals: 0,
    numberFormat: "#,##0",
    figure: true,
    summed: true,
    rule: "whole",
    what: { nb: "et helt antall personer", en: "a whole number of persons" },
  }),
  fte: numeric({
    unit: { nb: "årsverk", en: "FTE" },
    min: 0,
    max: 50000,
    step: 0.01,
    decimals: 2,
    numberFormat: "#,##0.00",
    figure: true,
    summed: true,
    rule: "decimal",
    what: { nb: "årsverk med høyst to desimaler", en: "FTE with at most two decimals" },
  }),
  percent: numeric({
    unit: { nb: "%", en: "%" },
    min: 0,
    max: 100,
    step: 0.01,
    decimals: 2,
    numberFormat: "0.0#",
    figure: false,
    summed: false,
    rule: "decimal",
    what: { nb: "en prosent", en: "a percentage" },
  }),
  count: numeric({
    unit: { nb: "antall", en: "number" },
    min: 0,
    max: 10_000_000,
    step: 1,
    decimals: 0,
    numberFormat: "#,##0",
    figure: true,
    summed: true,
    rule: "whole",
    what: { nb: "et helt antall", en: "a whole number" },
  }),
  days: numeric({
    unit: { nb: "dager", en: "days" },
    min: 0,
    max: 3650,
    step: 0.1,
    decimals: 1,
    numberFormat: "0.0",
    figure: true,
    summed: false,
    rule: "decimal",
    what: { nb: "et antall dager med høyst én desimal", en: "a number of days with at most one decimal" },
  }),
  share: {
    ...numeric({
      unit: { nb: "%", en: "%" },
      min: 0,
      max: 100,
      numberFormat: "0.0",
      figure: false,
      summed: false,
      rule: "decimal",
      what: { nb: "en andel", en: "a share" },
    }),
    // Computed in the sheet and in the core, never typed: an empty share is its inputs' business.
    notedWhenEmpty: false,
  },
  status: {
    numberFormat: "@",
    choices: STATUS_CHOICES,
    validation: {
      type: "list",
      list: STATUS_CHOICES.map((choice) => choice.words.nb),
      error: {
        nb: `Velg ${STATUS_CHOICES.map((choice) => choice.words.nb).join(", ")}.`,
        en: `Choose ${STATUS_CHOICES.map((choice) => choice.words.en).join(", ")}.`,
      },
    },
    numeric: false,
    figure: false,
    summed: false,
    // A blank status is not merely "not given": status-present reports it (an error at export).
    notedWhenEmpty: false,
    read: (raw) => readChoice(STATUS_CHOICES, raw)?.code,
  },
};

/** The kinds that answer yes to a question about kinds, for rules that judge every such field. */
export function kindsWhere(test: (kind: KindDef) => boolean): FieldKind[] {
  return (Object.keys(KINDS) as FieldKind[]).filter((kind) => test(KINDS[kind]));
}

/** Whether a kind is a figure that is compared over years and can carry an explanation. */
export function isFigureKind(kind: FieldKind): boolean {
  return KINDS[kind].figure;
}

/** The Excel number format of a kind, for every writer of figures (template, regional table). */
export function numberFormatOf(kind: FieldKind): string {
  return KINDS[kind].numberFormat;
}
