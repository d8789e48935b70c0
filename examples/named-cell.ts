import type ExcelJS from "exceljs";

/** The cell a workbook-scoped defined name points at, as exceljs holds it; throws when there is none. */
export function namedCell(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  const range = model.find((entry) => entry.name === name)?.ranges[0];
  const match = range && /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!match) throw new Error(`no defined name ${name}`);
  const sheet = workbook.getWorksheet(match[1]);
  if (!sheet) throw new Error(`no sheet for ${name}`);
  return sheet.getCell(`${match[2]}${match[3]}`);
}
