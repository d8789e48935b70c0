import type ExcelJS from "exceljs";
import { findField } from "../../shared/templates/catalogue";
import { printableText } from "../../shared/text/printable-text";
import type { CliContext } from "../cli-context";
import { loadExcelJs } from "../workbook/load-exceljs";
import type { AggregateView } from "./aggregate-view";
import { aggregateWords } from "./aggregate-words";
import { flagText, headings } from "./headings";
import { tableNotes } from "./table-notes";
import { type ViewRow, viewRows } from "./view-rows";

const HEADING_ROW = 3;
const FIRST_ROW = HEADING_ROW + 1;
const GREY = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } } as const;

/**
 * The table as the paper sets it: headings, one row per unit, the trusts' total, the private
 * providers and the total with them. Totals and the change are formulas (results cached, so a
 * reader that does not recalculate still sees them); a year that lacks a unit gets words, not a sum.
 * Numbers are numbers (whole ones as `1 533`, halves as `258,5`); text is text, never a formula.
 */
export async function tableXlsx(view: AggregateView, context: CliContext): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "hso-report";
  const sheet = workbook.addWorksheet(context.lang === "nb" ? "Tabell" : "Table");
  const field = findField(view.table.field);
  sheet.getCell("A1").value = printableText(
    `${field?.label[context.lang] ?? view.table.field} (${view.table.field})`,
  );
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const heading = sheet.getRow(HEADING_ROW);
  heading.values = headings(view, context.words);
  heading.font = { bold: true };
  heading.eachCell((cell) => {
    cell.fill = GREY;
  });
  const rows = viewRows(view, aggregateWords(context.lang));
  const places = rowPlaces(rows);
  for (const [index, row] of rows.entries()) writeRow(sheet, FIRST_ROW + index, row, view, context, places);
  const notes = tableNotes(view.table, aggregateWords(context.lang));
  notes.forEach((note, index) => {
    sheet.getCell(FIRST_ROW + rows.length + 1 + index, 1).value = note;
  });
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 12;
  for (let column = 3; column < 3 + view.table.years.length + 1; column += 1)
    sheet.getColumn(column).width = 12;
  sheet.getColumn(3 + view.table.years.length + 1).width = 18;
  sheet.views = [{ state: "frozen", ySplit: HEADING_ROW }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Where the rows a formula refers to sit: the units' span, the trusts' total and the private row. */
interface Places {
  firstUnit: number;
  lastUnit: number;
  total: number;
  private?: number;
}

function rowPlaces(rows: readonly ViewRow[]): Places {
  const at = (kind: ViewRow["kind"]) => rows.findIndex((row) => row.kind === kind);
  const units = rows.filter((row) => row.kind === "unit").length;
  const privateAt = at("private");
  return {
    firstUnit: FIRST_ROW,
    lastUnit: FIRST_ROW + units - 1,
    total: FIRST_ROW + at("total"),
    ...(privateAt === -1 ? {} : { private: FIRST_ROW + privateAt }),
  };
}

function writeRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  row: ViewRow,
  view: AggregateView,
  context: CliContext,
  places: Places,
): void {
  const cells = sheet.getRow(rowNumber);
  // Plain strings: exceljs writes them as text cells, so "=cmd" from a package never becomes a formula.
  cells.getCell(1).value = row.label;
  cells.getCell(2).value = row.org;
  row.values.forEach((value, index) => {
    const cell = cells.getCell(3 + index);
    cell.alignment = { horizontal: "right" };
    if (row.incomplete[index]) {
      cell.value = aggregateWords(context.lang).incompleteCell;
      return;
    }
    const formula = totalFormula(row, columnLetter(3 + index), places);
    if (formula && value !== undefined) cell.value = { formula, result: value };
    else if (value !== undefined) cell.value = value;
    if (value !== undefined) cell.numFmt = Number.isInteger(value) ? "#,##0" : "#,##0.0";
  });
  if (view.span) writeChange(cells, rowNumber, row, view, context);
  if (row.total) {
    cells.font = { bold: true };
    cells.eachCell((cell) => {
      cell.border = { top: { style: "thin" } };
    });
  }
}

function totalFormula(row: ViewRow, letter: string, places: Places): string | undefined {
  if (places.lastUnit < places.firstUnit && row.kind === "total") return undefined;
  if (row.kind === "total") return `SUM(${letter}${places.firstUnit}:${letter}${places.lastUnit})`;
  if (row.kind === "totalWithPrivate" && places.private !== undefined)
    return `${letter}${places.total}+${letter}${places.private}`;
  return undefined;
}

function writeChange(
  cells: ExcelJS.Row,
  rowNumber: number,
  row: ViewRow,
  view: AggregateView,
  context: CliContext,
): void {
  const years = view.table.years.length;
  const change = cells.getCell(3 + years);
  if (row.change !== undefined) {
    const from = columnLetter(3 + years - 2);
    const to = columnLetter(3 + years - 1);
    change.value = { formula: `${to}${rowNumber}-${from}${rowNumber}`, result: row.change };
    change.numFmt = Number.isInteger(row.change) ? "+#,##0;-#,##0;0" : "+#,##0.0;-#,##0.0;0";
  }
  const flag = cells.getCell(4 + years);
  flag.value = flagText(row, context.words);
  if (row.flag === "needs") flag.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } };
}

/** A sheet column's letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
