import { readOrg } from "../report/read-value";
import type { Finding, Rule } from "./rule";

/** All templates in one workbook or package report for the same unit. */
export const sameUnitAcrossTemplates: Rule = {
  id: "same-unit-across-templates",
  meta: { description: "Every template names the same reporting unit.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    let first: { field: string; org: string } | undefined;
    for (const field of context.fieldsOfKind("org")) {
      const org = readOrg(context.raw(field.id));
      if (org === undefined) continue;
      if (!first) first = { field: field.id, org };
      else if (org !== first.org) {
        findings.push({
          code: "unit_mismatch",
          field: field.id,
          params: { org, other: first.org, otherField: first.field },
          involves: [first.field],
        });
      }
    }
    return findings;
  },
};
