import type { Cell, DataValidation } from "exceljs";
import type { PlannedValidation } from "../../shared/templates/sheet-plan";

/** Excel's limits on data-validation texts (characters). */
const PROMPT_MAX = 255;
const ERROR_MAX = 225;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

function bilingual(nb: string, en: string, max: number): string {
  const text = `${nb}\n${en}`;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function bound(type: PlannedValidation["type"], value: number): number | Date {
  return type === "date" ? new Date(EXCEL_EPOCH_MS + value * MS_PER_DAY) : value;
}

function operatorAndFormulae(rule: PlannedValidation): Pick<DataValidation, "operator" | "formulae"> {
  const { type, min, max } = rule;
  if (min !== undefined && max !== undefined) {
    return { operator: "between", formulae: [bound(type, min), bound(type, max)] };
  }
  if (max !== undefined) return { operator: "lessThanOrEqual", formulae: [bound(type, max)] };
  return { operator: "greaterThanOrEqual", formulae: [bound(type, min ?? 0)] };
}

/** Puts an Excel data-validation rule with a bilingual input prompt and error message on a cell. */
export function applyValidation(cell: Cell, rule: PlannedValidation): void {
  cell.dataValidation = {
    type: rule.type,
    allowBlank: true,
    ...operatorAndFormulae(rule),
    showInputMessage: true,
    promptTitle: "Hjelp / Help",
    prompt: bilingual(rule.prompt.nb, rule.prompt.en, PROMPT_MAX),
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Ugyldig verdi / Invalid value",
    error: bilingual(rule.error.nb, rule.error.en, ERROR_MAX),
  };
}
