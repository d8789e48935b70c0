import { ExcelModel, type ExcelModelOptions } from "./excel-model";
import { blankSheet, blankWorkbook } from "./workbook-state";

/** A model of a new, empty workbook with one sheet ("Ark1", as a Norwegian Excel names it). */
export function newExcelModel(options: ExcelModelOptions = {}): ExcelModel {
  const state = blankWorkbook();
  const sheet = blankSheet(state, "Ark1");
  state.sheets.push(sheet);
  state.activeSheet = sheet.id;
  return new ExcelModel(state, options);
}
