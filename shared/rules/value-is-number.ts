import type { Finding, Rule } from "./rule";
import { NUMERIC_KINDS } from "./rule-context";

/** A figure must be a number: Excel errors (`#REF!`) and unreadable or ambiguous text are errors. */
export const valueIsNumber: Rule = {
  id: "value-is-number",
  meta: {
    description: "Figures are numbers, not Excel errors or text that cannot be read.",
    severity: "error",
  },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind(...NUMERIC_KINDS)) {
      const reading = context.reading(field.id);
      if (reading.state === "error") {
        findings.push({ code: "cell_error", field: field.id, params: { error: reading.error } });
      } else if (reading.state === "invalid") {
        findings.push({
          code: "not_a_number",
          field: field.id,
          params: { text: reading.text, reason: reading.reason, textFormat: context.textFormat(field.id) },
        });
      }
    }
    return findings;
  },
};
