import type { Finding, Rule } from "./rule";
import { sumOf } from "./sum-of";

/** Part-figures never exceed their whole: LIS3 and consultants ≤ physicians, specialists ≤ psychologists. */
export const partWithinWhole: Rule = {
  id: "part-within-whole",
  meta: { description: "The parts included in a figure do not exceed it.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fields) {
      const whole = context.number(field.id);
      if (!field.includes || whole === undefined) continue;
      const { sum, present } = sumOf(context, field.includes);
      if (present > 0 && sum > whole + 1e-9) {
        findings.push({
          code: "part_exceeds_whole",
          field: field.id,
          params: { whole, sum, parts: field.includes.join(", ") },
        });
      }
    }
    return findings;
  },
};
