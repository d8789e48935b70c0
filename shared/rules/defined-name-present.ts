import { namesOfField } from "../templates/names";
import type { Finding, Rule } from "./rule";

/**
 * In a workbook every field is found through its defined name alone (docs/package.md). A deleted name
 * of an input is an error; a deleted `prev.`/`note.` name only weakens the year-over-year check.
 */
export const definedNamePresent: Rule = {
  id: "defined-name-present",
  meta: { description: "Every field's defined name exists in the workbook.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    if (!context.anyNameMissing) return findings;
    for (const field of context.fields) {
      if (context.isNameMissing(field.id))
        findings.push({ code: "name_missing", field: field.id, params: { name: field.id } });
      for (const name of namesOfField(field).slice(1)) {
        if (context.isNameMissing(name)) {
          findings.push({ code: "name_missing", field: field.id, params: { name }, severity: "warning" });
        }
      }
    }
    return findings;
  },
};
