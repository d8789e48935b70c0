import { changesBetween, type UnitChange } from "../../shared/aggregate/aggregate";
import type { RegionalTable } from "../../shared/aggregate/regional-table";
import type { SubmissionPackage } from "../../shared/package/submission-package";

/** A unit's change between the table's last two years, and whether its package explains it. */
export interface ViewChange extends UnitChange {
  explained: boolean;
}

/** The table with what every output shows beside it: the last two years' change per unit. */
export interface AggregateView {
  table: RegionalTable;
  /** The two years compared, when the table has at least two. */
  span?: { from: number; to: number };
  changes: ReadonlyMap<string, ViewChange>;
}

/** Adds the change between the last two years (DOMAIN rule 4's thresholds, via the aggregate module). */
export function aggregateView(table: RegionalTable, packages: readonly SubmissionPackage[]): AggregateView {
  const from = table.years.at(-2);
  const to = table.years.at(-1);
  if (from === undefined || to === undefined) return { table, changes: new Map() };
  const noted = new Set(
    packages
      .filter((pkg) => pkg.year === to && (pkg.notes[table.field] ?? "").trim() !== "")
      .map((pkg) => pkg.unit.org),
  );
  const changes = changesBetween(table, from, to).map((change) => ({
    ...change,
    explained: noted.has(change.org),
  }));
  return { table, span: { from, to }, changes: new Map(changes.map((change) => [change.org, change])) };
}
