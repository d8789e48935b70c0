import type { RuleContext } from "./rule-context";

/** The year being reported: given from outside, else the first readable year field. */
export function reportingYear(context: RuleContext): number | undefined {
  if (context.year !== undefined) return context.year;
  for (const field of context.fieldsOfKind("year")) {
    const year = context.number(field.id);
    if (year !== undefined && Number.isInteger(year)) return year;
  }
  return undefined;
}
