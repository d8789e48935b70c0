import type { FieldDef } from "../templates/field";
import { computedTotalOfPart } from "./computed-totals";
import type { Finding, Rule } from "./rule";
import { NUMERIC_KINDS, type RuleContext } from "./rule-context";
import { sumOf } from "./sum-of";

/**
 * A number stored as text ("258,5") is read and used, but flagged so the cell can be fixed (DOMAIN
 * rule 2). In a part of a computed total whose value shows it was left out, it is an error: Excel's
 * and LibreOffice's `SUM` skip text in a range, so the total would not be the sum of the figures
 * exported. (A total that does hold it, as a file written by a script may, leaves only the warning.)
 */
export const numberStoredAsText: Rule = {
  id: "number-stored-as-text",
  meta: { description: "Numbers stored as text are converted and warned about.", severity: "warning" },
  check(context) {
    const findings: Finding[] = [];
    const totals = computedTotalOfPart(context.fields);
    for (const field of context.fieldsOfKind(...NUMERIC_KINDS)) {
      const reading = context.reading(field.id);
      if (reading.state !== "number" || !reading.fromText) continue;
      const text = reading.text ?? "";
      const total = totals.get(field.id);
      findings.push(
        total && isLeftOut(context, total)
          ? {
              code: "number_as_text_not_summed",
              field: field.id,
              params: { text, value: reading.value, total: total.id },
              severity: "error",
            }
          : { code: "number_as_text", field: field.id, params: { text, value: reading.value } },
      );
    }
    return findings;
  },
};

/** Whether a computed total's value, as read, is not the sum of its parts with the text counted. */
function isLeftOut(context: RuleContext, total: FieldDef): boolean {
  const value = context.number(total.id);
  return value === undefined || Math.abs(value - sumOf(context, total.parts ?? []).sum) > 1e-6;
}
