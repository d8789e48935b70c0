import type { Finding, Rule } from "./rule";
import { sumOf } from "./sum-of";

// DOMAIN rule 3: FTE sums get a rounding tolerance of one hundredth per part.
const FTE_TOLERANCE_PER_PART = 0.01;

/**
 * A total equals the sum of its parts exactly. Checked when the total and at least one part are
 * given; a blank part counts as zero, as it does in the template's own SUM formula. A part that is
 * itself wrong (text, not a half step …) is reported there, and this finding, which rests on it, is not.
 */
export const totalEqualsParts: Rule = {
  id: "total-equals-parts",
  meta: { description: "Totals equal the sum of their parts.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fields) {
      const total = context.number(field.id);
      if (!field.parts || total === undefined) continue;
      const { sum, present } = sumOf(context, field.parts);
      const tolerance = field.kind === "fte" ? FTE_TOLERANCE_PER_PART * field.parts.length : 1e-9;
      if (present > 0 && Math.abs(sum - total) > tolerance) {
        findings.push({
          code: "total_mismatch",
          field: field.id,
          params: { total, sum, parts: field.parts },
          involves: field.parts,
        });
      }
    }
    return findings;
  },
};
