import type { Finding, Rule } from "./rule";

/** Headcounts are persons: whole numbers. */
export const headcountInteger: Rule = {
  id: "headcount-integer",
  meta: { description: "Headcounts are whole numbers.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind("headcount")) {
      const value = context.number(field.id);
      if (value !== undefined && !Number.isInteger(value)) {
        findings.push({ code: "not_integer", field: field.id, params: { value } });
      }
    }
    return findings;
  },
};
