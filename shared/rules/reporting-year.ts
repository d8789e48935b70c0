import { readDate } from "../report/read-value";
import type { RuleContext } from "./rule-context";

/** The year being reported, as far as it can be known, and the year fields that disagree if it cannot. */
export interface YearDecision {
  year?: number;
  /** Set when the templates name different years and nothing says which is right. */
  disagreeing?: readonly { field: string; year: number }[];
}

/**
 * The year being reported: given from outside (a package's year, the workbook's own metadata, the
 * CLI's --year); else the year most templates name, a count date's year breaking a tie. A wrong year
 * in one sheet is then blamed on that sheet, not on whichever sheet came first. When nothing breaks
 * the tie, the year is not guessed: the disagreeing fields are returned instead.
 */
export function decideYear(context: RuleContext): YearDecision {
  if (context.year !== undefined) return { year: context.year };
  const named = yearFields(context);
  const votes = new Map<number, number>();
  for (const { year } of named) votes.set(year, (votes.get(year) ?? 0) + 1);
  if (votes.size <= 1) return { year: named[0]?.year };
  for (const field of context.fieldsOfKind("date")) {
    const year = Number(readDate(context.raw(field.id))?.slice(0, 4));
    if (votes.has(year)) votes.set(year, (votes.get(year) ?? 0) + 0.5);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first && second && first[1] > second[1]) return { year: first[0] };
  return { disagreeing: named };
}

/** The year being reported, or undefined when it is not known. */
export function reportingYear(context: RuleContext): number | undefined {
  return decideYear(context).year;
}

/** The year fields that hold a plausible whole year. */
export function yearFields(context: RuleContext): { field: string; year: number }[] {
  const found: { field: string; year: number }[] = [];
  for (const field of context.fieldsOfKind("year")) {
    const year = context.number(field.id);
    if (year !== undefined && isPlausibleYear(year, field.min, field.max))
      found.push({ field: field.id, year });
  }
  return found;
}

/** A whole year within the field's bounds (2000–2100 unless the field says otherwise). */
export function isPlausibleYear(year: number, min = 2000, max = 2100): boolean {
  return Number.isInteger(year) && year >= min && year <= max;
}
