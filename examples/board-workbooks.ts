import ExcelJS from "exceljs";
import { cellName } from "../addin/host/cell-address";
import { evaluateFormula } from "../addin/host/evaluate-formula";
import { writeTemplateWorkbook } from "../cli/workbook/write-template";
import type { SubmissionPackage } from "../shared/package/submission-package";
import { findField } from "../shared/templates/catalogue";
import type { TemplateId } from "../shared/templates/field";
import { KINDS } from "../shared/templates/kinds";
import { namedCell } from "./named-cell";

/** One unit's return of one template for one year, as a controller would type it. */
export interface ExampleReturn {
  template: TemplateId;
  unit: string;
  year: number;
  /** Field id → what is typed: numbers, ISO dates, status codes (the sheet shows the Norwegian words). */
  values: Readonly<Record<string, number | string>>;
  /** Field id → the explanation or comment typed beside it. */
  notes?: Readonly<Record<string, string>>;
}

/**
 * A template workbook written by the CLI's own writer and filled in the way a controller fills one:
 * values typed into the named cells, a status chosen from the list by its words, formulas left to
 * the spreadsheet. Excel stores each formula's last result and the validator reads that result;
 * exceljs computes nothing, so the results are worked out by the Excel model's evaluator (the same
 * one the add-in's tests use), pass after pass until totals, shares and changes settle.
 */
export async function exampleWorkbook(entry: ExampleReturn, previous?: SubmissionPackage): Promise<Buffer> {
  const template = await writeTemplateWorkbook({
    templates: [entry.template],
    unit: entry.unit,
    year: entry.year,
    ...(previous ? { previous } : {}),
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as never);
  for (const [id, value] of Object.entries(entry.values)) namedCell(workbook, id).value = typed(id, value);
  for (const [id, text] of Object.entries(entry.notes ?? {})) namedCell(workbook, `note.${id}`).value = text;
  storeFormulaResults(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function typed(id: string, value: number | string): ExcelJS.CellValue {
  const kind = findField(id)?.kind;
  if (kind === "date") return new Date(`${value}T00:00:00Z`);
  const choice = kind === undefined ? undefined : KINDS[kind].choices?.find((entry) => entry.code === value);
  return choice ? choice.words.nb : value;
}

function shownValue(cell: ExcelJS.Cell): number | string | boolean | null {
  const value = cell.value as unknown;
  const shown =
    typeof value === "object" && value !== null && "formula" in value
      ? (value as { result?: unknown }).result
      : value;
  return typeof shown === "number" || typeof shown === "string" || typeof shown === "boolean" ? shown : null;
}

function storeFormulaResults(workbook: ExcelJS.Workbook): void {
  for (let pass = 0; pass < 4; pass++) {
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { formula?: string } | null;
          if (!value || typeof value !== "object" || typeof value.formula !== "string") return;
          const result = evaluateFormula(value.formula, (_sheet, position) =>
            shownValue(sheet.getCell(cellName(position))),
          );
          const stored = typeof result === "number" || typeof result === "string" ? result : undefined;
          cell.value = (
            stored === undefined ? { formula: value.formula } : { formula: value.formula, result: stored }
          ) as ExcelJS.CellFormulaValue;
        }),
      ),
    );
  }
}
