import { KINDS } from "../templates/kinds";
import { blankPartsOfBlankTotals } from "./blank-total-parts";
import type { Finding, Rule } from "./rule";

/** Required fields must be filled (error); an empty figure that is not required is noted (info). */
export const requiredPresent: Rule = {
  id: "required-present",
  meta: {
    description: "Required fields have a value; other empty figures are reported as not given.",
    severity: "error",
  },
  check(context) {
    const findings: Finding[] = [];
    // A total the template computes cannot be typed: its blank parts are reported, where the controller types.
    const parts = blankPartsOfBlankTotals(context);
    for (const field of context.fields) {
      if (context.isNameMissing(field.id) || context.reading(field.id).state !== "blank") continue;
      const total = parts.parts.get(field.id);
      if (total) findings.push({ code: "total_part_missing", field: field.id, params: { total } });
      else if (parts.totals.has(field.id)) continue;
      else if (field.required) findings.push({ code: "required_missing", field: field.id });
      else if (KINDS[field.kind].notedWhenEmpty) {
        findings.push({ code: "value_missing", field: field.id, severity: "info" });
      }
    }
    return findings;
  },
};
