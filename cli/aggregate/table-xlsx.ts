import type ExcelJS from "exceljs";
import { findField } from "../../shared/templates/catalogue";
import type { FieldKind } from "../../shared/templates/field";
import type { CliContext } from "../cli-context";
import { loadExcelJs } from "../workbook/load-exceljs";
import type { AggregateView } from "./aggregate-view";
import { flagText, headings } from "./headings";
import { type ViewRow, viewRows } from "./view-rows";

const FORMATS: Partial<Record<FieldKind, string>> = { headcount: "#,##0", fte: "#,##0.00", percent: "0.0" };
const HEADING_ROW = 3;
const FIRST_ROW = HEADING_ROW + 1;

/**
 * The table as a formatted workbook: headings, one row per unit, a totals row and the change as
 * formulas (with their results cached, so a reader that does not recalculate still sees them).
 * Text from packages is written as text cells, never as formulas.
 */
export async function tableXlsx(view: AggregateView, context: CliContext): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "hso-report";
  const sheet = workbook.addWorksheet(context.lang === "nb" ? "Tabell" : "Table");
  const field = findField(view.table.field);
  sheet.getCell("A1").value = `${field?.label[context.lang] ?? view.table.field} (${view.table.field})`;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const heading = sheet.getRow(HEADING_ROW);
  heading.values = headings(view, context.words);
  heading.font = { bold: true };
  heading.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
  });
  const rows = viewRows(view);
  for (const [index, row] of rows.entries()) {
    writeRow(sheet, FIRST_ROW + index, row, view, context, rows.length);
  }
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 12;
  const numberFormat = FORMATS[field?.kind ?? "beds"] ?? "#,##0.0";
  for (let column = 3; column < 3 + view.table.years.length + 1; column += 1) {
    sheet.getColumn(column).numFmt = numberFormat;
    sheet.getColumn(column).width = 12;
  }
  sheet.getColumn(3 + view.table.years.length + 1).width = 18;
  sheet.views = [{ state: "frozen", ySplit: HEADING_ROW }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  row: ViewRow,
  view: AggregateView,
  context: CliContext,
  count: number,
): void {
  const cells = sheet.getRow(rowNumber);
  // Plain strings: exceljs writes them as text cells, so "=cmd" from a package never becomes a formula.
  cells.getCell(1).value = row.total ? context.words.total : row.unit;
  cells.getCell(2).value = row.org;
  const lastData = FIRST_ROW + count - 2;
  row.values.forEach((value, index) => {
    const cell = cells.getCell(3 + index);
    const letter = columnLetter(3 + index);
    if (row.total)
      cell.value = { formula: `SUM(${letter}${FIRST_ROW}:${letter}${lastData})`, result: value ?? 0 };
    else if (value !== undefined) cell.value = value;
  });
  if (view.span) writeChange(cells, rowNumber, row, view, context);
  if (row.total) cells.font = { bold: true };
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
  }
  const flag = cells.getCell(4 + years);
  flag.value = flagText(row, context.words);
  if (row.flag === "needs") flag.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } };
}

function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
