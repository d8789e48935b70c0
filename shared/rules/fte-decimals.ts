import { KINDS, kindsWhere } from "../templates/kinds";
import type { Finding, Rule } from "./rule";

/** Kinds with a fixed number of decimals (FTE and percent two, waiting days one); whole kinds have their own rule. */
const DECIMAL_KINDS = kindsWhere((kind) => kind.decimals !== undefined && kind.decimals > 0);
// Binary floating point: 0.29 * 100 is 28.999999999999996, so compare with a tolerance.
const TOLERANCE = 1e-6;

/** FTE (årsverk) and percentages have at most two decimals, waiting days one. */
export const fteDecimals: Rule = {
  id: "fte-decimals",
  meta: {
    description: "FTE and percentages have at most two decimals, waiting days one.",
    severity: "error",
  },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind(...DECIMAL_KINDS)) {
      const decimals = KINDS[field.kind].decimals ?? 0;
      const scale = 10 ** decimals;
      const value = context.number(field.id);
      if (value !== undefined && Math.abs(value * scale - Math.round(value * scale)) > TOLERANCE) {
        findings.push({
          code: "too_many_decimals",
          field: field.id,
          params: { value, decimals },
        });
      }
    }
    return findings;
  },
};
