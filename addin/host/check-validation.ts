import type { CellValue, DataValidationOperator, ValidationState } from "./workbook-state";

/** The answer of a data-validation check: accepted, or refused with the rule's error alert. */
export type ValidationCheck = { ok: true } | { ok: false; title: string; message: string };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A rule bound as a number; dates may be given as ISO text (Office.js accepts both). */
function boundOf(bound: number | string | undefined): number {
  if (typeof bound === "string" && /^\d{4}-\d{2}-\d{2}$/.test(bound)) {
    return (Date.parse(`${bound}T00:00:00Z`) - EXCEL_EPOCH_MS) / 86_400_000;
  }
  return Number(bound);
}

/** What each operator demands of a value, given formula1 (`low`) and formula2 (`high`). */
const OPERATORS: Record<DataValidationOperator, (value: number, low: number, high: number) => boolean> = {
  Between: (value, low, high) => value >= low && value <= high,
  NotBetween: (value, low, high) => value < low || value > high,
  EqualTo: (value, low) => value === low,
  NotEqualTo: (value, low) => value !== low,
  GreaterThan: (value, low) => value > low,
  LessThan: (value, low) => value < low,
  GreaterThanOrEqualTo: (value, low) => value >= low,
  LessThanOrEqualTo: (value, low) => value <= low,
};

/** A list rule's choices, each as the cell must hold it (Excel trims the spaces around commas). */
function listChoices(source: string): string[] {
  return source.split(",").map((choice) => choice.trim());
}

function passes(rule: ValidationState, value: CellValue): boolean {
  if (value === null || value === "") return rule.ignoreBlanks;
  if (rule.type === "list") {
    return rule.source !== undefined && listChoices(rule.source).includes(String(value).trim());
  }
  const measured =
    rule.type === "textLength" ? String(typeof value === "object" ? value.error : value).length : value;
  if (typeof measured !== "number") return false;
  if (rule.type === "whole" && !Number.isInteger(measured)) return false;
  return OPERATORS[rule.operator](measured, boundOf(rule.formula1), boundOf(rule.formula2));
}

/**
 * Checks a typed value against a cell's data-validation rule as Excel does when a user types
 * (pasting bypasses it). Only a "stop" alert refuses. A list takes exactly one of its choices (the model
 * compares case and all; custom rules and lists from a range are not modelled).
 */
export function checkValidation(rule: ValidationState | undefined, value: CellValue): ValidationCheck {
  if (!rule || rule.type === "custom" || (rule.type === "list" && rule.source === undefined))
    return { ok: true };
  if (passes(rule, value)) return { ok: true };
  const alert = rule.errorAlert;
  if (alert && (!alert.show || alert.style !== "stop")) return { ok: true };
  return {
    ok: false,
    title: alert?.title || "Microsoft Excel",
    message:
      alert?.message || "This value doesn't match the data validation restrictions defined for this cell.",
  };
}
