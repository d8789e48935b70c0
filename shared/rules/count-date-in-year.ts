import { readDate } from "../report/read-value";
import { reportingYear } from "./reporting-year";
import type { Finding, Rule } from "./rule";

/**
 * DOMAIN rule 5: beds are a point count (SSB: in November); the count date is stored, shown, and
 * inside the reporting year.
 */
export const countDateInYear: Rule = {
  id: "count-date-in-year",
  meta: {
    description: "The count date is given, is a date, and lies in the reporting year.",
    severity: "warning",
  },
  check(context) {
    const findings: Finding[] = [];
    const year = reportingYear(context);
    for (const field of context.fieldsOfKind("date")) {
      const raw = context.raw(field.id);
      const state = context.reading(field.id).state;
      // An unreadable cell (merged, formula without result) has its own issue.
      if (state === "unreadable") continue;
      if (state === "blank") {
        findings.push({ code: "count_date_missing", field: field.id });
        continue;
      }
      const date = readDate(raw);
      if (date === undefined) {
        findings.push({ code: "count_date_invalid", field: field.id, params: { text: String(raw) } });
      } else if (year !== undefined && Number(date.slice(0, 4)) !== year) {
        findings.push({ code: "count_date_outside_year", field: field.id, params: { date, year } });
      }
    }
    return findings;
  },
};
