import { HEADING_ROW } from "./define-template";
import type { FieldDef, TemplateDef, TemplateId, Words } from "./field";
import { KINDS } from "./kinds";
import { noteName, previousName } from "./names";
import { type CellStyle, type Look, lookOf } from "./sheet-look";
import { fieldValidation, noteValidation, type PlannedValidation } from "./sheet-validation";

export type { CellStyle, Look } from "./sheet-look";
export type { PlannedValidation } from "./sheet-validation";

/**
 * One cell of the template sheet: a value or a formula, its look and number format, whether it is
 * locked, its defined name and data-validation rule. Everything a renderer needs: it translates, it
 * does not decide.
 */
export interface PlannedCell {
  address: string;
  value?: string | number;
  formula?: string;
  style: CellStyle;
  look: Look;
  /** Excel number format; undefined leaves the cell General. */
  numberFormat?: string;
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
  /** Rows above this one stay in view while scrolling. */
  frozenRows: number;
  cells: PlannedCell[];
}

/** What a plan may be filled with: identity values and last year's figures (field id → value). */
export interface SheetFill {
  unit?: string;
  /** Shown beside the org. number so the controller sees which unit it is. */
  unitName?: string;
  year?: number;
  previous?: Readonly<Record<string, number | string>>;
  /** The year last year's figures are from (the package's), recorded beside the reporting year. */
  previousYear?: number;
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

/** Column D of a plan compared within itself (`against`): the plan's year before, no last year at all. */
const PLAN_YEAR_BEFORE = "Året før i planen / The plan's year before";

/** The column headings of a template's sheet: column D says what it holds there (adversary A8). */
function headingsOf(template: TemplateDef): readonly [string, string][] {
  if (!template.fields.some((field) => field.against !== undefined)) return HEADINGS;
  return HEADINGS.map(([letter, text]) => [letter, letter === "D" ? PLAN_YEAR_BEFORE : text]);
}

type Draft = Omit<PlannedCell, "look">;

/** Lays out one template's sheet; identity cells (unit, year) get their values when given. */
export function planSheet(template: TemplateDef, fill: SheetFill = {}): SheetPlan {
  const words = template.instruction ?? instruction(template);
  const drafts: Draft[] = [
    { address: "A1", value: template.title.nb, style: "title", locked: true },
    { address: "B1", value: template.title.en, style: "subtitle", locked: true },
    { address: "A2", value: words.nb, style: "note", locked: true },
    { address: "B2", value: words.en, style: "note", locked: true },
    ...headingsOf(template).map(
      ([letter, text]): Draft => ({
        address: `${letter}${HEADING_ROW}`,
        value: text,
        style: "heading",
        locked: true,
      }),
    ),
  ];
  previousYearHeading(template, drafts);
  for (const section of template.sections) {
    drafts.push({ address: `A${section.row}`, value: section.title.nb, style: "section", locked: true });
    drafts.push({ address: `B${section.row}`, value: section.title.en, style: "section", locked: true });
  }
  const rows = new Map(template.fields.map((field) => [field.id, rowOf(field.cell.value)]));
  for (const field of template.fields) drafts.push(...fieldCells(field, fill, rows));
  return {
    template: template.id,
    sheet: template.sheet,
    columns: COLUMNS.map((column) => ({ ...column })),
    frozenRows: HEADING_ROW,
    cells: drafts.map((draft) => ({ ...draft, look: lookOf(draft.style, draft.locked) })),
  };
}

/**
 * Where the sheet records the year of last year's column (`prev.<template>.year`), the column's
 * heading says it: "I fjor" while that is the year before, "Tall fra 2020" when a package of another
 * year was used as the previous one.
 */
function previousYearHeading(template: TemplateDef, drafts: Draft[]): void {
  const year = template.fields.find((field) => field.kind === "year");
  const index = drafts.findIndex((draft) => draft.address === `D${HEADING_ROW}`);
  const heading = drafts[index];
  if (!year?.cell.previous || !heading) return;
  const [now, then] = [year.cell.value, year.cell.previous];
  const { value, ...rest } = heading;
  drafts[index] = {
    ...rest,
    formula: `IF(OR(${then}="",${then}=${now}-1),"${value}","Tall fra "&${then}&" / Figures of "&${then})`,
  };
}

function instruction(template: TemplateDef): Words {
  const { absolute, percent } = template.change;
  const size = (or: string) => (absolute === undefined ? `${percent} %` : `${absolute} ${or} ${percent} %`);
  return {
    nb: `Fyll inn de fargede cellene i kolonne C. En endring fra i fjor på minst ${size("eller")} må forklares i kolonne F.`,
    en: `Fill in the coloured cells in column C. A change from last year of at least ${size("or")} must be explained in column F.`,
  };
}

function rowOf(address: string): number {
  return Number(address.replace(/^[A-Z]+/, ""));
}

function fieldCells(field: FieldDef, fill: SheetFill, rows: ReadonlyMap<string, number>): Draft[] {
  const row = rowOf(field.cell.value);
  const cells: Draft[] = [
    { address: `A${row}`, value: field.label.nb, style: "label", locked: true },
    { address: `B${row}`, value: field.label.en, style: "label_en", locked: true },
    valueCell(field, fill, rows),
  ];
  if (field.unit) {
    cells.push({
      address: `G${row}`,
      value: `${field.unit.nb} / ${field.unit.en}`,
      style: "unit",
      locked: true,
    });
  }
  if (field.kind === "org" && fill.unitName) {
    cells.push({ address: `D${row}`, value: fill.unitName, style: "label", locked: true });
  }
  const against = field.against === undefined ? undefined : rows.get(field.against);
  if (field.cell.previous) cells.push(previousCell(field, fill, row));
  if (against !== undefined) cells.push(againstCell(row, against));
  if (KINDS[field.kind].numeric && (field.cell.previous || against !== undefined))
    cells.push(changeCell(row));
  if (field.cell.note) cells.push(noteCell(field, row));
  return cells;
}

function valueCell(field: FieldDef, fill: SheetFill, rows: ReadonlyMap<string, number>): Draft {
  const base = { address: field.cell.value, name: field.id, numberFormat: KINDS[field.kind].numberFormat };
  const formula = field.formula ?? shareFormula(field, rows);
  if (formula) return { ...base, formula, style: "formula", locked: true };
  const value = field.kind === "org" ? fill.unit : field.kind === "year" ? fill.year : undefined;
  return {
    ...base,
    ...(value === undefined ? {} : { value }),
    style: "input",
    locked: false,
    validation: fieldValidation(field),
  };
}

/** A share as the sheet computes it, the same way the core does: part / whole × 100, one decimal. */
function shareFormula(field: FieldDef, rows: ReadonlyMap<string, number>): string | undefined {
  if (!field.share) return undefined;
  const part = `C${rows.get(field.share.part)}`;
  const whole = `C${rows.get(field.share.whole)}`;
  return `IF(COUNT(${part},${whole})<2,"",IF(${whole}=0,"",ROUND(${part}/${whole}*100,1)))`;
}

function previousCell(field: FieldDef, fill: SheetFill, row: number): Draft {
  const previous = field.kind === "year" ? fill.previousYear : fill.previous?.[field.id];
  const choice = KINDS[field.kind].choices?.find((entry) => entry.code === previous);
  const value = choice ? choice.words.nb : previous;
  return {
    address: `D${row}`,
    name: previousName(field.id),
    ...(value === undefined ? {} : { value }),
    numberFormat: KINDS[field.kind].numberFormat,
    style: "previous",
    locked: true,
  };
}

/** The plan's year before, shown where last year's figure would be. */
function againstCell(row: number, against: number): Draft {
  return {
    address: `D${row}`,
    formula: `IF(C${against}="","",C${against})`,
    style: "previous",
    locked: true,
  };
}

function changeCell(row: number): Draft {
  return {
    address: `E${row}`,
    formula: `IF(OR(C${row}="",D${row}=""),"",C${row}-D${row})`,
    style: "formula",
    locked: true,
  };
}

function noteCell(field: FieldDef, row: number): Draft {
  return {
    address: `F${row}`,
    name: noteName(field.id),
    style: "note",
    locked: false,
    validation: noteValidation(field),
  };
}
