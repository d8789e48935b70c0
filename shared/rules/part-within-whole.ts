import type { FieldDef } from "../templates/field";
import type { Finding, Rule } from "./rule";
import type { RuleContext } from "./rule-context";
import { sumOf } from "./sum-of";

/**
 * Part-figures never exceed their whole: LIS3 and consultants ≤ physicians, specialists ≤
 * psychologists, temporarily closed ≤ all beds. Reported at the whole when the controller types it;
 * when the template computes the whole, at the part that was typed ("Herav midlertidig stengt").
 */
export const partWithinWhole: Rule = {
  id: "part-within-whole",
  meta: { description: "The parts included in a figure do not exceed it.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fields) {
      const whole = context.number(field.id);
      if (!field.includes || whole === undefined) continue;
      const { sum, present } = sumOf(context, field.includes);
      if (present === 0 || sum <= whole + 1e-9) continue;
      const at = reportedAt(context, field);
      findings.push({
        code: "part_exceeds_whole",
        field: at,
        params: {
          whole,
          sum,
          wholeField: field.id,
          parts: field.includes,
          partCount: field.includes.length,
        },
        involves: [field.id, ...field.includes].filter((id) => id !== at),
      });
    }
    return findings;
  },
};

/** The typed whole, or for a computed whole the first of its parts that holds a figure. */
function reportedAt(context: RuleContext, whole: FieldDef): string {
  if (!whole.formula) return whole.id;
  return whole.includes?.find((id) => context.number(id) !== undefined) ?? whole.id;
}
