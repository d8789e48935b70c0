import type { CellValue } from "exceljs";
import type { RawValue } from "../../shared/report/validation-input";

/**
 * What a cell holds, as the core reads it: a formula gives its cached result (what Excel last
 * computed), an error cell gives `{ error: "#REF!" }`, rich text its plain text, a date ISO text.
 */
export function rawValueOf(value: CellValue | undefined): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return rawValueOf(resultOf(value));
  if ("text" in value) return typeof value.text === "string" ? value.text : rawValueOf(value.text);
  return null;
}

function resultOf(value: object): CellValue | undefined {
  const result = (value as { result?: unknown }).result;
  if (result === undefined || result === null) return null;
  if (typeof result === "object" && !(result instanceof Date) && !("error" in result)) return null;
  return result as CellValue;
}
