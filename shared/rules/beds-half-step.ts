import { kindsWhere } from "../templates/kinds";
import type { Finding, Rule } from "./rule";

const HALF_STEP_KINDS = kindsWhere((kind) => kind.step === 0.5);

/** A bed count is a multiple of 0.5 (docs/domain.md: private providers report 258,5). */
export const bedsHalfStep: Rule = {
  id: "beds-half-step",
  meta: { description: "Bed counts are multiples of 0.5.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind(...HALF_STEP_KINDS)) {
      const value = context.number(field.id);
      if (value !== undefined && !Number.isInteger(value * 2)) {
        findings.push({ code: "not_half_step", field: field.id, params: { value } });
      }
    }
    return findings;
  },
};
