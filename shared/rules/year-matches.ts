import type { Finding, Rule } from "./rule";
import type { RuleContext } from "./rule-context";

/**
 * The year field holds a plausible whole year, the same in every template, and the year being
 * reported when that is known from outside (a package's year, the CLI's --year).
 */
export const yearMatches: Rule = {
  id: "year-matches",
  meta: { description: "The reporting year is plausible and the one being reported.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    let expected = context.year;
    for (const field of context.fieldsOfKind("year")) {
      const reading = context.reading(field.id);
      if (reading.state === "blank" || reading.state === "unreadable") continue;
      const year = reading.state === "number" ? reading.value : undefined;
      if (year === undefined || !isPlausibleYear(context, field.id, year)) {
        findings.push({
          code: "year_invalid",
          field: field.id,
          params: { text: describeRaw(context, field.id) },
        });
      } else if (expected !== undefined && year !== expected) {
        findings.push({ code: "year_mismatch", field: field.id, params: { expected, actual: year } });
      } else expected = year;
    }
    return findings;
  },
};

function isPlausibleYear(context: RuleContext, id: string, year: number): boolean {
  const field = context.fields.find((candidate) => candidate.id === id);
  return Number.isInteger(year) && year >= (field?.min ?? 2000) && year <= (field?.max ?? 2100);
}

function describeRaw(context: RuleContext, id: string): string {
  const raw = context.raw(id);
  return typeof raw === "object" && raw !== null ? raw.error : String(raw);
}
