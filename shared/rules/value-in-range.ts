import type { FieldDef } from "../templates/field";
import type { Finding, Rule } from "./rule";
import { NUMERIC_KINDS, type RuleContext } from "./rule-context";

/**
 * Figures stay inside their field's bounds: no negative counts, percentages 0–100. A computed share
 * out of bounds is named with the part and whole it is computed from, and their cells (A18): its own
 * cell is a locked formula, so the fix is in one of theirs. (When a part-whole error already says
 * which, the share is a consequence and is not reported again: report-once.ts.)
 */
export const valueInRange: Rule = {
  id: "value-in-range",
  meta: { description: "Figures lie within the field's minimum and maximum.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind(...NUMERIC_KINDS)) {
      const value = context.number(field.id);
      if (value === undefined) continue;
      const below = field.min !== undefined && value < field.min;
      const above = !below && field.max !== undefined && value > field.max;
      if (!below && !above) continue;
      if (field.share) findings.push(shareOutOfRange(context, field, value));
      else if (below)
        findings.push({ code: "below_min", field: field.id, params: { value, min: field.min ?? 0 } });
      else findings.push({ code: "above_max", field: field.id, params: { value, max: field.max ?? 0 } });
    }
    return findings;
  },
};

function shareOutOfRange(context: RuleContext, field: FieldDef, value: number): Finding {
  const { part, whole } = field.share ?? { part: "", whole: "" };
  return {
    code: "share_out_of_range",
    field: field.id,
    params: {
      value,
      min: field.min ?? 0,
      max: field.max ?? 100,
      part,
      whole,
      partCell: context.cellOf(part),
      wholeCell: context.cellOf(whole),
    },
  };
}
