import { numberDoubt, signOf } from "../../shared/numbers/number-doubt";
import type { FigureRow } from "../messages";

/**
 * A fill's or check's rows with every "another value" whose number cannot be read for sure made
 * `unreadable` (shared/numbers/number-doubt.ts): the engine reads a point page's "36.500" and a
 * "5,2 k" as no number (it never calls them the figure); neither are they another figure, so the
 * report says it cannot read them instead of "har en annen verdi". A whole figure ("36500") was
 * written on a page of either style: its "36.500" is a doubt unless what we wrote shows a comma.
 */
export function markUnreadable(rows: readonly FigureRow[]): FigureRow[] {
  return rows.map((row) =>
    row.outcome === "mismatched" &&
    row.actual !== undefined &&
    numberDoubt(row.actual, signOf(row.expected ?? "") ?? "point") !== undefined
      ? { ...row, outcome: "unreadable" }
      : row,
  );
}
