import type { ExcelRun } from "../../../addin/adapter/excel-run";
import { createOfficeAdapter } from "../../../addin/adapter/office-adapter";
import type { WorkbookAdapter } from "../../../addin/adapter/workbook-adapter";
import type { ExcelModel } from "../../../addin/host/excel-model";

/** The real adapter wired to a modelled Excel (no grace for own writes: the model delivers events at once). */
export function modelAdapter(model: ExcelModel): WorkbookAdapter {
  return createOfficeAdapter({
    run: ((...args: [never, never]) => model.run(...args)) as ExcelRun,
    isSetSupported: (name, version) => model.isSetSupported(name, version),
    ownWriteGraceMs: 0,
    documentUrl: () => model.host.documentUrl,
  });
}
