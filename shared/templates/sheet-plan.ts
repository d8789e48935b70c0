import type { FieldDef, FieldKind, TemplateDef, TemplateId, Words } from "./field";
import { noteName, previousName } from "./names";

/** How a planned cell looks; each renderer (exceljs, Office.js) maps these to its own formats. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "heading"
  | "label"
  | "label_en"
  | "input"
  | "previous"
  | "formula"
  | "note"
  | "unit";

/** An Excel data-validation rule with its input prompt and error text in both languages. */
export interface PlannedValidation {
  type: "decimal" | "whole" | "date" | "textLength";
  min?: number;
  max?: number;
  prompt: Words;
  error: Words;
}

/** One cell of the template sheet: a value or a formula, its look, whether it is locked, its defined name. */
export interface PlannedCell {
  address: string;
  value?: string | number;
  formula?: string;
  style: CellStyle;
  locked: boolean;
  /** Workbook-scoped defined name: the field id, `prev.<id>` or `note.<id>`. */
  name?: string;
  validation?: PlannedValidation;
}

/** A whole template sheet, ready for a renderer. */
export interface SheetPlan {
  template: TemplateId;
  sheet: string;
  columns: { letter: string; width: number }[];
  cells: PlannedCell[];
}

/** What a plan may be filled with: identity values and last year's figures (field id → value). */
export interface SheetFill {
  unit?: string;
  /** Shown beside the org. number so the controller sees which unit it is. */
  unitName?: string;
  year?: number;
  previous?: Readonly<Record<string, number | string>>;
}

const COLUMNS = [
  { letter: "A", width: 46 },
  { letter: "B", width: 46 },
  { letter: "C", width: 14 },
  { letter: "D", width: 14 },
  { letter: "E", width: 12 },
  { letter: "F", width: 50 },
  { letter: "G", width: 12 },
];

const HEADINGS: readonly [string, string][] = [
  ["A", "Felt"],
  ["B", "Field"],
  ["C", "Verdi / Value"],
  ["D", "I fjor / Last year"],
  ["E", "Endring / Change"],
  ["F", "Forklaring / Explanation"],
  ["G", "Enhet / Unit"],
];

/** Excel serial numbers of 2000-01-01 and 2100-12-31, the widest dates a count date may take. */
const FIRST_DATE = 36526;
const LAST_DATE = 73415;
const NOTE_MAX_LENGTH = 2000;

/** Lays out one template's sheet; identity cells (unit, year) get their values when given. */
export function planSheet(template: TemplateDef, fill: SheetFill = {}): SheetPlan {
  const cells: PlannedCell[] = [
    { address: "A1", value: template.title.nb, style: "title", locked: true },
    { address: "B1", value: template.title.en, style: "subtitle", locked: true },
    { address: "A2", value: instruction(template).nb, style: "note", locked: true },
    { address: "B2", value: instruction(template).en, style: "note", locked: true },
    ...HEADINGS.map(([letter, text]) => ({
      address: `${letter}6`,
      value: text,
      style: "heading" as const,
      locked: true,
    })),
  ];
  for (const field of template.fields) cells.push(...fieldCells(field, fill));
  return {
    template: template.id,
    sheet: template.sheet,
    columns: COLUMNS.map((column) => ({ ...column })),
    cells,
  };
}

function instruction(template: TemplateDef): Words {
  const { absolute, percent } = template.change;
  return {
    nb: `Fyll inn de fargede cellene i kolonne C. En endring fra i fjor på minst ${absolute} eller ${percent} % må forklares i kolonne F.`,
    en: `Fill in the coloured cells in column C. A change from last year of at least ${absolute} or ${percent} % must be explained in column F.`,
  };
}

function rowOf(address: string): number {
  return Number(address.replace(/^[A-Z]+/, ""));
}

function fieldCells(field: FieldDef, fill: SheetFill): PlannedCell[] {
  const row = rowOf(field.cell.value);
  const cells: PlannedCell[] = [
    { address: `A${row}`, value: field.label.nb, style: "label", locked: true },
    { address: `B${row}`, value: field.label.en, style: "label_en", locked: true },
    valueCell(field, fill),
  ];
  if (field.unit)
    cells.push({
      address: `G${row}`,
      value: `${field.unit.nb} / ${field.unit.en}`,
      style: "unit",
      locked: true,
    });
  if (field.kind === "org" && fill.unitName) {
    cells.push({ address: `D${row}`, value: fill.unitName, style: "label", locked: true });
  }
  if (field.cell.previous && field.cell.note) cells.push(...comparisonCells(field, fill, row));
  return cells;
}

function valueCell(field: FieldDef, fill: SheetFill): PlannedCell {
  const base = { address: field.cell.value, name: field.id };
  if (field.formula) return { ...base, formula: field.formula, style: "formula", locked: true };
  const value = field.kind === "org" ? fill.unit : field.kind === "year" ? fill.year : undefined;
  return {
    ...base,
    ...(value === undefined ? {} : { value }),
    style: "input",
    locked: false,
    validation: validationOf(field),
  };
}

function comparisonCells(field: FieldDef, fill: SheetFill, row: number): PlannedCell[] {
  const previous = fill.previous?.[field.id];
  return [
    {
      address: `D${row}`,
      name: previousName(field.id),
      ...(previous === undefined ? {} : { value: previous }),
      style: "previous",
      locked: true,
    },
    {
      address: `E${row}`,
      formula: `IF(OR(C${row}="",D${row}=""),"",C${row}-D${row})`,
      style: "formula",
      locked: true,
    },
    {
      address: `F${row}`,
      name: noteName(field.id),
      style: "note",
      locked: false,
      validation: {
        type: "textLength",
        max: NOTE_MAX_LENGTH,
        prompt: {
          nb: "Forklar endringen fra i fjor (påkrevd ved store endringer).",
          en: "Explain the change from last year (required for large changes).",
        },
        error: { nb: `Høyst ${NOTE_MAX_LENGTH} tegn.`, en: `At most ${NOTE_MAX_LENGTH} characters.` },
      },
    },
  ];
}

type Rule = Pick<PlannedValidation, "type" | "min" | "max" | "error">;

const RULES: Record<FieldKind, (field: FieldDef) => Rule> = {
  org: () => ({
    type: "textLength",
    min: 9,
    max: 11,
    error: { nb: "Skriv ni sifre, f.eks. 983 975 267.", en: "Type nine digits, e.g. 983 975 267." },
  }),
  year: (field) => ranged("whole", field, { nb: "et årstall", en: "a year" }),
  date: () => ({
    type: "date",
    min: FIRST_DATE,
    max: LAST_DATE,
    error: { nb: "Skriv en dato, f.eks. 15.11.2024.", en: "Type a date, e.g. 15.11.2024." },
  }),
  beds: (field) =>
    ranged("decimal", field, {
      nb: "et antall plasser (hele eller halve)",
      en: "a number of beds (whole or half)",
    }),
  places: (field) => ranged("decimal", field, { nb: "et antall plasser", en: "a number of places" }),
  headcount: (field) =>
    ranged("whole", field, { nb: "et helt antall personer", en: "a whole number of persons" }),
  fte: (field) =>
    ranged("decimal", field, { nb: "årsverk med høyst to desimaler", en: "FTE with at most two decimals" }),
  percent: (field) => ranged("decimal", field, { nb: "en prosent", en: "a percentage" }),
};

function ranged(type: "decimal" | "whole", field: FieldDef, what: Words): Rule {
  const min = field.min ?? 0;
  const max = field.max ?? Number.MAX_SAFE_INTEGER;
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

function validationOf(field: FieldDef): PlannedValidation {
  return { ...RULES[field.kind](field), prompt: field.help };
}
