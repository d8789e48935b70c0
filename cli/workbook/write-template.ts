import type ExcelJS from "exceljs";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { TEMPLATES } from "../../shared/templates/catalogue";
import type { TemplateId } from "../../shared/templates/field";
import { type PlannedCell, planSheet, type SheetFill } from "../../shared/templates/sheet-plan";
import { findUnit } from "../../shared/units/reporting-units";
import { templateAskedOf } from "../../shared/units/unit-returns";
import { styleCell } from "./cell-styles";
import { applyValidation } from "./cell-validation";
import { loadExcelJs } from "./load-exceljs";
import { quotedSheet } from "./sheet-address";

/** What a template workbook is made for. */
export interface TemplateOptions {
  templates: readonly TemplateId[];
  unit: string;
  year: number;
  /** Last year's package: its figures fill the `prev.` cells. */
  previous?: SubmissionPackage;
}

/** Translates the shared sheet plan into a fillable .xlsx: one protected sheet per template, every field named. */
export async function writeTemplateWorkbook(options: TemplateOptions): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "hso-report";
  // Excel and LibreOffice recompute totals and changes when the file opens.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const fill: SheetFill = {
    unit: options.unit,
    unitName: findUnit(options.unit)?.name,
    year: options.year,
    previous: options.previous?.values,
    ...(options.previous ? { previousYear: options.previous.year } : {}),
  };
  for (const id of options.templates) await addSheet(workbook, id, fill);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function addSheet(workbook: ExcelJS.Workbook, id: TemplateId, fill: SheetFill): Promise<void> {
  // Each unit's sheet asks what that unit reports: the RHF's only its private providers' beds.
  const plan = planSheet(templateAskedOf(TEMPLATES[id], fill.unit), fill);
  const sheet = workbook.addWorksheet(plan.sheet, { views: [{ state: "frozen", ySplit: plan.frozenRows }] });
  for (const column of plan.columns) sheet.getColumn(column.letter).width = column.width;
  for (const planned of plan.cells) {
    writeCell(sheet.getCell(planned.address), planned);
    if (planned.name)
      workbook.definedNames.add(`${quotedSheet(plan.sheet)}!${absolute(planned.address)}`, planned.name);
  }
  // No password: protection guards against slips, not against a controller who means it. Formats
  // and objects (notes, comments) stay allowed, so the add-in marks cells without unprotecting, which
  // would clear the user's undo stack (docs/addin.md, "Marks and Excel's undo stack").
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatCells: true,
    objects: true,
  });
}

function writeCell(cell: ExcelJS.Cell, planned: PlannedCell): void {
  if (planned.formula !== undefined) cell.value = { formula: planned.formula, result: "" };
  else if (planned.value !== undefined) cell.value = planned.value;
  styleCell(cell, planned);
  if (planned.validation) applyValidation(cell, planned.validation);
}

function absolute(address: string): string {
  return address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}
