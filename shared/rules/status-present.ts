import { isBlank } from "../report/validation-input";
import type { Finding, Rule } from "./rule";

/**
 * Every measure the unit is asked has a status (docs/domain.md, the regional plan's measures): a blank
 * status means the trust has not reported the measure, so it blocks export (an error naming the cell)
 * and is a warning while editing. A unit not asked the measure never sees it: the rule context holds
 * only the fields the unit is asked. An unreadable or unknown status is other rules' to report.
 */
export const statusPresent: Rule = {
  id: "status-present",
  meta: { description: "Every measure the unit is asked has a status.", severity: "warning" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind("status")) {
      if (context.isNameMissing(field.id) || context.problems[field.id]) continue;
      if (!isBlank(context.raw(field.id))) continue;
      findings.push({
        code: "status_missing",
        field: field.id,
        severity: context.phase === "export" ? "error" : "warning",
      });
    }
    return findings;
  },
};
