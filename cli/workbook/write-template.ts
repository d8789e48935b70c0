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

/** Number formats by kind of input, so a typed org. no. stays text and a date shows as dd.mm.yyyy. */
const FORMATS: Partial<Record<string, string>> = { org: "@", date: "dd.mm.yyyy", fte: "0.00" };

/** Renders the shared sheet plan into a fillable .xlsx: one protected sheet per template, every field named. */
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
  };
  for (const id of options.templates) await addSheet(workbook, id, fill);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function addSheet(workbook: ExcelJS.Workbook, id: TemplateId, fill: SheetFill): Promise<void> {
  // Each unit's sheet asks what that unit reports: the RHF's only its private providers' beds.
  const plan = planSheet(templateAskedOf(TEMPLATES[id], fill.unit), fill);
  const sheet = workbook.addWorksheet(plan.sheet, { views: [{ state: "frozen", ySplit: 6 }] });
  for (const column of plan.columns) sheet.getColumn(column.letter).width = column.width;
  const kinds = new Map(TEMPLATES[id].fields.map((field) => [field.id, field.kind]));
  for (const planned of plan.cells) {
    writeCell(sheet.getCell(planned.address), planned, kinds.get(planned.name ?? ""));
    if (planned.name)
      workbook.definedNames.add(`${quotedSheet(plan.sheet)}!${absolute(planned.address)}`, planned.name);
  }
  // No password: protection guards against slips, not against a controller who means it.
  await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}

function writeCell(cell: ExcelJS.Cell, planned: PlannedCell, kind: string | undefined): void {
  if (planned.formula !== undefined) cell.value = { formula: planned.formula, result: "" };
  else if (planned.value !== undefined) cell.value = planned.value;
  styleCell(cell, planned);
  const format = kind === undefined ? undefined : FORMATS[kind];
  if (format) cell.numFmt = format;
  if (planned.validation) applyValidation(cell, planned.validation);
}

function absolute(address: string): string {
  return address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}
