import { computedTotalOfPart } from "./computed-totals";
import type { Finding, Rule } from "./rule";
import { NUMERIC_KINDS } from "./rule-context";

/**
 * A number stored as text ("258,5") is read and used, but flagged so the cell can be fixed (DOMAIN
 * rule 2). In a part of a computed total it is an error: the template's `SUM` leaves text out, so
 * the total in the workbook would not be the sum of the figures exported.
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
        total
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
