import type { SubmissionPackage } from "../package/submission-package";
import { findUnit } from "../units/reporting-units";

/** A note from a package, printed under the table with its mark (the paper's *, **, ***). */
export interface Footnote {
  mark: string;
  org: string;
  year: number;
  /** The note's own text, as the package carries it (escape or sanitise where it is shown). */
  text: string;
  /** Whether it belongs to the private providers' row rather than a unit's row. */
  private: boolean;
}

/**
 * The notes on the table's field, marked in table order (units as the rows run, then the private
 * providers), and within a unit by year: the first gets *, the next **, and so on, as the paper does.
 */
export function footnotesOf(
  packages: readonly SubmissionPackage[],
  rows: readonly { org: string }[],
  field: string,
  privateField?: string,
): Footnote[] {
  const order = new Map(rows.map((row, index) => [row.org, index]));
  const found: Omit<Footnote, "mark">[] = [];
  for (const pkg of packages) {
    for (const [id, isPrivate] of [
      [field, false],
      [privateField, true],
    ] as const) {
      const text = id === undefined ? undefined : pkg.notes[id];
      if (text === undefined || text.trim() === "" || !findUnit(pkg.unit.org)) continue;
      found.push({ org: pkg.unit.org, year: pkg.year, text: text.trim(), private: isPrivate });
    }
  }
  const rank = (note: Omit<Footnote, "mark">) =>
    note.private ? rows.length : (order.get(note.org) ?? rows.length);
  found.sort((a, b) => rank(a) - rank(b) || a.year - b.year);
  return found.map((note, index) => ({ ...note, mark: "*".repeat(index + 1) }));
}
