import { isBlank } from "../report/validation-input";
import { readChoice, STATUS_CHOICES } from "../templates/choices";
import type { Finding, Rule } from "./rule";

/**
 * A status is one of its choices (ikke startet / under arbeid / på plass, or their codes): anything
 * else is an error, never read as the nearest choice — a guessed status would be a wrong one.
 */
export const statusIsChoice: Rule = {
  id: "status-is-choice",
  meta: { description: "A status is one of the allowed choices.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind("status")) {
      const raw = context.raw(field.id);
      if (context.problems[field.id] || isBlank(raw)) continue;
      if (readChoice(STATUS_CHOICES, raw) === undefined) {
        findings.push({ code: "status_unknown", field: field.id, params: { text: String(raw) } });
      }
    }
    return findings;
  },
};
