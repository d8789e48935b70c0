import type { Finding, Rule } from "./rule";

const MAX_DECIMALS = 2;
// Binary floating point: 0.29 * 100 is 28.999999999999996, so compare with a tolerance.
const TOLERANCE = 1e-6;

/** FTE (årsverk) and percentages have at most two decimals. */
export const fteDecimals: Rule = {
  id: "fte-decimals",
  meta: { description: "FTE and percentages have at most two decimals.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    const scale = 10 ** MAX_DECIMALS;
    for (const field of context.fieldsOfKind("fte", "percent")) {
      const value = context.number(field.id);
      if (value !== undefined && Math.abs(value * scale - Math.round(value * scale)) > TOLERANCE) {
        findings.push({
          code: "too_many_decimals",
          field: field.id,
          params: { value, decimals: MAX_DECIMALS },
        });
      }
    }
    return findings;
  },
};
