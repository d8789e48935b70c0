import { kindsWhere } from "../templates/kinds";
import type { Finding, Rule } from "./rule";

const WHOLE_KINDS = kindsWhere((kind) => kind.decimals === 0);

/** Headcounts are persons, counts are counts: whole numbers (every kind the kind table says is whole). */
export const headcountInteger: Rule = {
  id: "headcount-integer",
  meta: { description: "Headcounts are whole numbers.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind(...WHOLE_KINDS)) {
      const value = context.number(field.id);
      if (value !== undefined && !Number.isInteger(value)) {
        findings.push({ code: "not_integer", field: field.id, params: { value } });
      }
    }
    return findings;
  },
};
