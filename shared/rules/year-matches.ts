import { decideYear, isPlausibleYear } from "./reporting-year";
import type { Finding, Rule } from "./rule";
import type { RuleContext } from "./rule-context";

/**
 * The year field holds a plausible whole year, the same in every template, and the year being
 * reported. A year that differs is blamed on its own sheet (`decideYear`); when the templates
 * disagree and nothing says which is right, each year field says so and names the others.
 */
export const yearMatches: Rule = {
  id: "year-matches",
  meta: { description: "The reporting year is plausible and the one being reported.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    const decision = decideYear(context);
    for (const field of context.fieldsOfKind("year")) {
      const reading = context.reading(field.id);
      if (reading.state === "blank" || reading.state === "unreadable") continue;
      const year = reading.state === "number" ? reading.value : undefined;
      if (year === undefined || !isPlausibleYear(year, field.min, field.max)) {
        findings.push({
          code: "year_invalid",
          field: field.id,
          params: { text: describeRaw(context, field.id) },
        });
      } else if (decision.year !== undefined && year !== decision.year) {
        findings.push({
          code: "year_mismatch",
          field: field.id,
          params: { expected: decision.year, actual: year },
        });
      }
    }
    return [...findings, ...disagreements(decision)];
  },
};

/** Each year field of a tie, naming the years and fields that differ from it. */
function disagreements(decision: ReturnType<typeof decideYear>): Finding[] {
  const named = decision.disagreeing ?? [];
  return named.map(({ field, year }) => {
    const others = named.filter((other) => other.year !== year);
    return {
      code: "years_disagree",
      field,
      params: {
        year,
        others: [...new Set(others.map((other) => other.year))],
        otherFields: others.map((other) => other.field),
      },
    };
  });
}

function describeRaw(context: RuleContext, id: string): string {
  const raw = context.raw(id);
  return typeof raw === "object" && raw !== null ? raw.error : String(raw);
}
