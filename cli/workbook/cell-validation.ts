import type { Cell, DataValidation } from "exceljs";
import type { PlannedValidation } from "../../shared/templates/sheet-plan";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

function bound(type: PlannedValidation["type"], value: number): number | Date {
  return type === "date" ? new Date(EXCEL_EPOCH_MS + value * MS_PER_DAY) : value;
}

function operatorAndFormulae(rule: PlannedValidation): Pick<DataValidation, "operator" | "formulae"> {
  // A list rule's one formula is its choices, quoted and comma-separated (Excel's own form).
  if (rule.type === "list") return { formulae: [`"${(rule.list ?? []).join(",")}"`] };
  const { type, min, max } = rule;
  if (min !== undefined && max !== undefined) {
    return { operator: "between", formulae: [bound(type, min), bound(type, max)] };
  }
  if (max !== undefined) return { operator: "lessThanOrEqual", formulae: [bound(type, max)] };
  return { operator: "greaterThanOrEqual", formulae: [bound(type, min ?? 0)] };
}

/** Puts the plan's data-validation rule, input prompt and error alert on a cell, texts as planned. */
export function applyValidation(cell: Cell, rule: PlannedValidation): void {
  cell.dataValidation = {
    type: rule.type,
    allowBlank: true,
    ...operatorAndFormulae(rule),
    showInputMessage: true,
    promptTitle: rule.promptTitle,
    prompt: rule.promptText,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: rule.errorTitle,
    error: rule.errorText,
  };
}
