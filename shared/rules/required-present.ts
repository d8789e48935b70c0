import { KINDS } from "../templates/kinds";
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
    for (const field of context.fields) {
      if (context.isNameMissing(field.id) || context.reading(field.id).state !== "blank") continue;
      // A total the template computes cannot be typed: point at the parts that make it up instead.
      if (field.required && field.formula && field.parts) {
        findings.push({
          code: "total_parts_missing",
          field: field.id,
          params: { parts: field.parts.join(",") },
        });
      } else if (field.required) findings.push({ code: "required_missing", field: field.id });
      else if (KINDS[field.kind].notedWhenEmpty) {
        findings.push({ code: "value_missing", field: field.id, severity: "info" });
      }
    }
    return findings;
  },
};
