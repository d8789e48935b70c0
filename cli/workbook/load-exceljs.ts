import type ExcelJS from "exceljs";

/** exceljs, loaded on first use: commands that never open a workbook (fields, packages) start faster. */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}
