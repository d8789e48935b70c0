import { rootNamespace } from "./custom-xml-proxy";
import { ExcelModel, type ExcelModelOptions } from "./excel-model";
import { readWorkbookState } from "./read-xlsx";

/** Options of a loaded model; `customXml` adds parts exceljs cannot read from the file. */
export interface LoadModelOptions extends ExcelModelOptions {
  customXml?: readonly string[];
  /** Where the file was opened from (`Office.context.document.url`). */
  documentUrl?: string;
}

/** Loads an .xlsx (such as `hso-report template` writes) into a new in-memory Excel model. */
export async function loadExcelModel(bytes: Uint8Array, options: LoadModelOptions = {}): Promise<ExcelModel> {
  const state = await readWorkbookState(bytes);
  for (const xml of options.customXml ?? []) {
    state.nextId += 1;
    state.parts.push({ id: `{part-${state.nextId}}`, namespaceUri: rootNamespace(xml), xml });
  }
  const model = new ExcelModel(state, options);
  // A file opened from disk has been saved before.
  model.host.documentUrl = options.documentUrl ?? "file:///Rapport.xlsx";
  return model;
}
