import { readOrg } from "../report/read-value";
import { TEMPLATES } from "../templates/catalogue";
import { isAskedOf } from "../units/unit-returns";
import type { Finding, Rule } from "./rule";

/**
 * A figure belongs to the unit that is asked it: the private contracted providers' beds only to the
 * RHF's agreement management, the trusts' own beds never to the RHF (shared/units/unit-returns.ts).
 * A figure given by the wrong unit would be summed into the wrong row of the regional table.
 */
export const fieldAskedOfUnit: Rule = {
  id: "field-asked-of-unit",
  meta: { description: "Every figure given is one the reporting unit is asked.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const template of context.templates) {
      const org = readOrg(context.raw(`${template.id}.unit_org`));
      for (const field of TEMPLATES[template.id].fields) {
        if (isAskedOf(field, org)) continue;
        const raw = context.raw(field.id);
        if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) continue;
        findings.push({ code: "field_not_asked", field: field.id, params: { org: org ?? "" } });
      }
    }
    return findings;
  },
};
