import { readOrg } from "../report/read-value";
import { isValidOrgNumber } from "../units/org-number";
import { findUnit } from "../units/reporting-units";
import type { Finding, Rule } from "./rule";

/** DOMAIN rule 1: the org. number passes mod-11 and names a known reporting unit. */
export const orgNumberValid: Rule = {
  id: "org-number-valid",
  meta: { description: "The org. number passes mod-11 and is a known reporting unit.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind("org")) {
      const raw = context.raw(field.id);
      const state = context.reading(field.id).state;
      // Blank is required-present's to report, an unreadable cell has its own issue.
      if (state === "blank" || state === "unreadable") continue;
      const org = readOrg(raw);
      if (org === undefined || !isValidOrgNumber(org)) {
        findings.push({ code: "org_invalid", field: field.id, params: { text: String(raw) } });
      } else if (!findUnit(org)) {
        findings.push({ code: "org_unknown", field: field.id, params: { org } });
      }
    }
    return findings;
  },
};
