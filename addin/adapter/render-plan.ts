import type { PlannedCell, PlannedValidation, SheetPlan } from "../../shared/templates/sheet-plan";
import { queueLook } from "./plan-look";
import { TEMPLATE_PROTECTION } from "./sheet-protection";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Excel's column width unit is a character; the API speaks points. */
const POINTS_PER_CHARACTER = 5.6;

function bound(rule: PlannedValidation, value: number): number | string {
  return rule.type === "date"
    ? new Date(EXCEL_EPOCH_MS + value * 86_400_000).toISOString().slice(0, 10)
    : value;
}

/**
 * The Office.js data-validation rule for a planned rule. A list's source is its choices joined by
 * commas, as Excel's own dialog writes it.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation
 */
export function officeRule(rule: PlannedValidation): Excel.DataValidationRule {
  if (rule.type === "list") return { list: { inCellDropDown: true, source: (rule.list ?? []).join(",") } };
  const key = rule.type === "whole" ? "wholeNumber" : rule.type;
  const basic =
    rule.min !== undefined && rule.max !== undefined
      ? { operator: "Between", formula1: bound(rule, rule.min), formula2: bound(rule, rule.max) }
      : rule.max !== undefined
        ? { operator: "LessThanOrEqualTo", formula1: bound(rule, rule.max) }
        : { operator: "GreaterThanOrEqualTo", formula1: bound(rule, rule.min ?? 0) };
  return { [key]: basic } as Excel.DataValidationRule;
}

function renderValidation(range: Excel.Range, rule: PlannedValidation): void {
  range.dataValidation.rule = officeRule(rule);
  range.dataValidation.prompt = { showPrompt: true, title: rule.promptTitle, message: rule.promptText };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: rule.errorTitle,
    message: rule.errorText,
  } as Excel.DataValidationErrorAlert;
}

function renderCell(sheet: Excel.Worksheet, planned: PlannedCell, withValidation: boolean): void {
  const range = sheet.getRange(planned.address);
  // The format goes first, so an org. no. written into a text cell stays text.
  if (planned.numberFormat) range.numberFormat = [[planned.numberFormat]];
  if (planned.formula !== undefined) range.formulas = [[`=${planned.formula}`]];
  else if (planned.value !== undefined) range.values = [[asText(planned.value)]];
  queueLook(range, planned.look);
  if (!planned.locked) range.format.protection.locked = false;
  if (withValidation && planned.validation) renderValidation(range, planned.validation);
}

/** Text that Excel would read as a formula is written as text (docs/architecture.md, "Text from outside"). */
function asText(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/**
 * Queues one template sheet, translated from the shared plan into Office.js: values, formulas, number
 * formats, looks, unlocked inputs, workbook-scoped names, data validation with prompts (when the host
 * has ExcelApi 1.8) and protection without a password. All in the caller's batch: no sync here.
 */
export function queueSheet(workbook: Excel.Workbook, plan: SheetPlan, withValidation: boolean): void {
  const sheet = workbook.worksheets.add(plan.sheet);
  for (const column of plan.columns) {
    sheet.getRange(`${column.letter}1`).format.columnWidth = Math.round(column.width * POINTS_PER_CHARACTER);
  }
  for (const planned of plan.cells) {
    renderCell(sheet, planned, withValidation);
    if (planned.name) workbook.names.add(planned.name, sheet.getRange(planned.address));
  }
  sheet.protection.protect(TEMPLATE_PROTECTION);
}
