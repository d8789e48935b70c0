import type { AggregateView } from "./aggregate-view";

/** One line of the table as plain data: the unit, a figure per year (blank when missing), the change. */
export interface ViewRow {
  unit: string;
  org: string;
  values: (number | undefined)[];
  change?: number;
  /** "needs" when the change must be explained and is not; "explained" when the package explains it. */
  flag?: "needs" | "explained";
  total: boolean;
}

/** The rows every output writes, the totals last; text, CSV and xlsx differ only in how they write them. */
export function viewRows(view: AggregateView): ViewRow[] {
  const { table, changes, span } = view;
  const rows: ViewRow[] = table.rows.map((row) => {
    const change = changes.get(row.org);
    const flag = change?.needsExplanation ? (change.explained ? "explained" : "needs") : undefined;
    return {
      unit: row.unit,
      org: row.org,
      values: table.years.map((year) => row.values[String(year)]),
      ...(change ? { change: change.change } : {}),
      ...(flag ? { flag } : {}),
      total: false,
    };
  });
  const totals = table.years.map((year) => table.total[String(year)]);
  const totalChange =
    span === undefined ? undefined : diff(table.total[String(span.to)], table.total[String(span.from)]);
  rows.push({
    unit: "",
    org: "",
    values: totals,
    ...(totalChange === undefined ? {} : { change: totalChange }),
    total: true,
  });
  return rows;
}

function diff(to: number | undefined, from: number | undefined): number | undefined {
  return to === undefined || from === undefined ? undefined : Math.round((to - from) * 100) / 100;
}
