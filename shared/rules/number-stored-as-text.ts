import type { Finding, Rule } from "./rule";
import { NUMERIC_KINDS } from "./rule-context";

/** A number stored as text ("258,5") is read and used, but flagged so the cell can be fixed (DOMAIN rule 2). */
export const numberStoredAsText: Rule = {
  id: "number-stored-as-text",
  meta: { description: "Numbers stored as text are converted and warned about.", severity: "warning" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind(...NUMERIC_KINDS)) {
      const reading = context.reading(field.id);
      if (reading.state === "number" && reading.fromText) {
        findings.push({
          code: "number_as_text",
          field: field.id,
          params: { text: reading.text ?? "", value: reading.value },
        });
      }
    }
    return findings;
  },
};
