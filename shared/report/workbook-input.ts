import { isDateFormat } from "../numbers/date-format";
import { isPercentFormat, percentOf } from "../numbers/percent-format";
import { isTextFormat } from "../numbers/text-format";
import { TEMPLATES } from "../templates/catalogue";
import type { FieldKind, TemplateId } from "../templates/field";
import { KINDS } from "../templates/kinds";
import { noteName, previousName } from "../templates/names";
import type { CellNotice, CellProblem } from "./cell-finding";
import type { RawValue, ValidationInput } from "./validation-input";

/** What an adapter found under one defined name: the value and where it sits (`Sheet!C7`). */
export interface NamedCell {
  value: RawValue;
  address: string;
  /** The cell's Excel number format code (`0.0%`), so a percent cell reads as the figure it shows. */
  numberFormat?: string;
  /** Why the cell cannot be read at all; its value is then never used. */
  problem?: CellProblem;
  /** What is odd about the name but does not stop reading it. */
  notices?: readonly CellNotice[];
}

/**
 * Builds the validation input of a workbook from its defined names alone (docs/package.md: nothing else
 * may be needed to find a field). `read` answers undefined for a name the workbook lacks.
 */
export function workbookInput(
  read: (name: string) => NamedCell | undefined,
  templates: readonly TemplateId[],
): { input: ValidationInput; cells: Record<string, string> } {
  const values: Record<string, RawValue> = {};
  const previous: Record<string, RawValue> = {};
  const notes: Record<string, string> = {};
  const cells: Record<string, string> = {};
  const problems: Record<string, CellProblem> = {};
  const notices: Record<string, CellNotice[]> = {};
  const missingNames: string[] = [];
  const textCells: string[] = [];
  const take = (name: string, store: (value: RawValue) => void, kind?: FieldKind, optional = false) => {
    const found = read(name);
    if (!found) {
      if (!optional) missingNames.push(name);
      return undefined;
    }
    cells[name] = found.address;
    if (found.notices?.length) notices[name] = [...found.notices];
    const problem =
      found.problem ?? (kind ? (dateInNumberCell(found) ?? percentInOtherUnit(found, kind)) : undefined);
    if (problem) problems[name] = problem;
    else store(cellValue(found));
    return found;
  };
  for (const field of templates.flatMap((id) => TEMPLATES[id].fields)) {
    const numeric = KINDS[field.kind].numeric ? field.kind : undefined;
    const cell = take(
      field.id,
      (value) => {
        values[field.id] = value;
      },
      numeric,
    );
    if (numeric && isTextFormat(cell?.numberFormat)) textCells.push(field.id);
    if (field.cell.previous) {
      // The year of last year's column is newer than the templates in use: a workbook without it
      // compares as before ("i fjor"), so its absence is no finding.
      take(
        previousName(field.id),
        (value) => {
          previous[field.id] = value;
        },
        numeric,
        field.kind === "year",
      );
    }
    if (field.cell.note)
      take(noteName(field.id), (value) => {
        if (typeof value === "string" || typeof value === "number") notes[field.id] = String(value);
      });
  }
  const input = { values, previous, notes, cells, missingNames, problems, notices };
  return { input: textCells.length > 0 ? { ...input, textCells } : input, cells };
}

/**
 * The value as the cell shows it: a number in a percent-formatted cell is the percentage ("6 %" is
 * stored as 0.06 and is the figure 6), the same in the add-in (Excel's numberFormat) and the CLI.
 */
export function cellValue(cell: Pick<NamedCell, "value" | "numberFormat">): RawValue {
  return typeof cell.value === "number" && isPercentFormat(cell.numberFormat)
    ? percentOf(cell.value)
    : cell.value;
}

/**
 * A number in a date-formatted cell of a numeric field is a date Excel made of what was typed ("1.5"
 * becomes 1 May, stored as 45778): the serial is never read as the figure.
 */
function dateInNumberCell(cell: NamedCell): CellProblem | undefined {
  return typeof cell.value === "number" && isDateFormat(cell.numberFormat)
    ? { code: "cell_date_format", params: { format: cell.numberFormat ?? "" } }
    : undefined;
}

/**
 * A number in a percent-formatted cell of a field that is no percentage (a count, days, beds): Excel
 * stored what was typed as a fraction ("5 200 %" is 52, "41,5 %" is 0,415), so neither the stored
 * value nor the shown one is certainly the figure meant. Never read; an error at the cell.
 */
function percentInOtherUnit(cell: NamedCell, kind: FieldKind): CellProblem | undefined {
  const unit = KINDS[kind].unit?.nb;
  if (typeof cell.value !== "number" || !isPercentFormat(cell.numberFormat) || unit === "%") return undefined;
  return {
    code: "cell_percent_format",
    params: { format: cell.numberFormat ?? "", stored: cell.value, shown: percentOf(cell.value) },
  };
}

/** The templates a workbook holds: those with at least one field's defined name present. */
export function detectTemplates(names: Iterable<string>): TemplateId[] {
  const present = new Set(names);
  return (Object.keys(TEMPLATES) as TemplateId[]).filter((id) =>
    TEMPLATES[id].fields.some((field) => present.has(field.id)),
  );
}
