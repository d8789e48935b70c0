import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { RawValue } from "../../shared/report/validation-input";
import { readChoice, STATUS_CHOICES } from "../../shared/templates/choices";
import type { FieldDef } from "../../shared/templates/field";
import { previousYearOf } from "./trend-points";

/** One measure's status in one year, as a code, with the comment given for it that year. */
export interface StatusEntry {
  code: string;
  note?: string;
}

/** What the open workbook says: its year, this year's status and comment, last year's status (`prev.`). */
export interface CurrentStatus {
  year?: number;
  value?: RawValue;
  note?: RawValue;
  previous?: RawValue;
  /** The year the sheet records for its `prev.` cells, when recorded. */
  previousYear?: RawValue;
}

/** A status history: the years shown, oldest first, and per measure its entry in each year. */
export interface StatusHistory {
  years: number[];
  rows: { field: FieldDef; entries: (StatusEntry | undefined)[] }[];
}

const codeOf = (raw: unknown) => readChoice(STATUS_CHOICES, raw as RawValue)?.code;

/**
 * Each measure's status over the years, from packages of one unit and the workbook (whose own year
 * wins over a package of the same year, as in the figures' trend). Unreadable statuses are left out.
 */
export function statusHistory(
  fields: readonly FieldDef[],
  packages: readonly SubmissionPackage[],
  current: (fieldId: string) => CurrentStatus,
): StatusHistory {
  const years = new Set<number>();
  const rows = fields.map((field) => {
    const byYear = new Map<number, StatusEntry>();
    const put = (year: number | undefined, raw: unknown, note?: unknown) => {
      const code = codeOf(raw);
      if (year === undefined || code === undefined) return;
      const text = typeof note === "string" ? note.trim() : "";
      byYear.set(year, text ? { code, note: text } : { code });
      years.add(year);
    };
    const now = current(field.id);
    put(previousYearOf(now), now.previous);
    for (const pkg of packages) put(pkg.year, pkg.values[field.id], pkg.notes[field.id]);
    put(now.year, now.value, now.note);
    return { field, byYear };
  });
  const sorted = [...years].sort((a, b) => a - b);
  return {
    years: sorted,
    rows: rows.map(({ field, byYear }) => ({ field, entries: sorted.map((year) => byYear.get(year)) })),
  };
}
