import type { Finding, Rule } from "./rule";
import { NUMERIC_KINDS } from "./rule-context";

/** Figures stay inside their field's bounds: no negative counts, percentages 0–100. */
export const valueInRange: Rule = {
  id: "value-in-range",
  meta: { description: "Figures lie within the field's minimum and maximum.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind(...NUMERIC_KINDS)) {
      const value = context.number(field.id);
      if (value === undefined) continue;
      if (field.min !== undefined && value < field.min) {
        findings.push({ code: "below_min", field: field.id, params: { value, min: field.min } });
      } else if (field.max !== undefined && value > field.max) {
        findings.push({ code: "above_max", field: field.id, params: { value, max: field.max } });
      }
    }
    return findings;
  },
};
