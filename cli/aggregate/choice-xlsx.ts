import type { CliContext } from "../cli-context";
import { loadExcelJs } from "../workbook/load-exceljs";
import type { ChoiceGrid } from "./choice-grid";
import { columnLetter } from "./table-xlsx";

const HEADING_ROW = 3;
const FIRST_ROW = HEADING_ROW + 1;
const GREY = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } } as const;

/**
 * A status table as a workbook: the status words as text, and under them per year a COUNTIF of each
 * status's words over the units' cells (result cached), so the counts can be checked in the sheet.
 * The units that sent nothing are a plain count. Text is always text, never a formula.
 */
export async function choiceXlsx(grid: ChoiceGrid, title: string, context: CliContext): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "hso-report";
  const sheet = workbook.addWorksheet(context.lang === "nb" ? "Tabell" : "Table");
  sheet.getCell("A1").value = title;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const heading = sheet.getRow(HEADING_ROW);
  heading.values = grid.headings;
  heading.font = { bold: true };
  heading.eachCell((cell) => {
    cell.fill = GREY;
  });
  const units = grid.lines.filter((line) => line.kind === "unit").length;
  grid.lines.forEach((line, index) => {
    const row = sheet.getRow(FIRST_ROW + index);
    row.getCell(1).value = line.label;
    row.getCell(2).value = line.org;
    line.cells.forEach((cell, column) => {
      const target = row.getCell(3 + column);
      const letter = columnLetter(3 + column);
      if (line.kind === "count" && line.counts !== undefined && units > 0 && typeof cell === "number") {
        const range = `${letter}${FIRST_ROW}:${letter}${FIRST_ROW + units - 1}`;
        target.value = { formula: `COUNTIF(${range},"${line.counts}")`, result: cell };
      } else target.value = cell;
    });
    if (line.kind !== "unit") row.font = { bold: true };
  });
  grid.notes.forEach((note, index) => {
    sheet.getCell(FIRST_ROW + grid.lines.length + 1 + index, 1).value = note;
  });
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 12;
  grid.headings.slice(2).forEach((_, column) => {
    sheet.getColumn(3 + column).width = 14;
  });
  sheet.views = [{ state: "frozen", ySplit: HEADING_ROW }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
