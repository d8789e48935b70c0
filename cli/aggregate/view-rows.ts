import { isSummed, PRIVATE_COUNTERPART } from "../../shared/aggregate/regional-table";
import { printableText } from "../../shared/text/printable-text";
import type { AggregateView } from "./aggregate-view";
import type { AggregateWords } from "./aggregate-words";

/** What a line of the table is: a unit, the trusts' total, the private providers or the total with them. */
export type RowKind = "unit" | "total" | "private" | "totalWithPrivate";

/** One line of the table as plain data: the label, a figure per year (blank when missing), the change. */
export interface ViewRow {
  kind: RowKind;
  /** The unit's name from the registry, or the total's words; printable, footnote marks appended. */
  label: string;
  org: string;
  values: (number | undefined)[];
  /** Years whose figure is left out because a unit is missing (totals only). */
  incomplete: boolean[];
  change?: number;
  /** "needs" when the change must be explained and is not; "explained" when the package explains it. */
  flag?: "needs" | "explained";
  total: boolean;
}

/** The rows every output writes, the paper's order; text, CSV and xlsx differ only in how they write them. */
export function viewRows(view: AggregateView, words: AggregateWords): ViewRow[] {
  const { table, changes } = view;
  const marks = (org: string, isPrivate: boolean) =>
    table.footnotes
      .filter((note) => note.private === isPrivate && (isPrivate || note.org === org))
      .map((note) => note.mark)
      .join(" ");
  const labelled = (text: string, mark: string) => printableText(mark === "" ? text : `${text} ${mark}`);
  const rows: ViewRow[] = table.rows.map((row) => {
    const change = changes.get(row.org);
    const flag = change?.needsExplanation ? (change.explained ? "explained" : "needs") : undefined;
    return {
      kind: "unit",
      label: labelled(row.unit, marks(row.org, false)),
      org: row.org,
      values: table.years.map((year) => row.values[String(year)]),
      incomplete: table.years.map(() => false),
      ...(change ? { change: change.change } : {}),
      ...(flag ? { flag } : {}),
      total: false,
    };
  });
  // "…/sykehus" is the paper's word for the trusts' sum of a field private providers also have; for any
  // other field (the private providers' own beds among them) the sum is the region's, no hospitals'.
  const totalLabel = PRIVATE_COUNTERPART[table.field] ? words.trustsTotal : words.total;
  // A waiting time, a percentage or a share has no regional total: a sum of them would be a wrong figure.
  if (!isSummed(table.field)) return rows;
  rows.push(summaryRow(view, "total", totalLabel, table.total));
  if (table.private && table.totalWithPrivate) {
    rows.push(summaryRow(view, "private", labelled(words.privateRow, marks("", true)), table.private));
    rows.push(summaryRow(view, "totalWithPrivate", words.totalWithPrivate, table.totalWithPrivate));
  }
  return rows;
}

function summaryRow(
  view: AggregateView,
  kind: RowKind,
  label: string,
  figures: Record<string, number>,
): ViewRow {
  const { table, span } = view;
  const change = span === undefined ? undefined : diff(figures[String(span.to)], figures[String(span.from)]);
  return {
    kind,
    label,
    org: "",
    values: table.years.map((year) => figures[String(year)]),
    // A total left out because a unit is missing says so; a private figure missing is only blank.
    incomplete: table.years.map(
      (year) =>
        kind !== "private" &&
        figures[String(year)] === undefined &&
        table.incomplete[String(year)] !== undefined,
    ),
    ...(change === undefined ? {} : { change }),
    total: kind !== "private",
  };
}

function diff(to: number | undefined, from: number | undefined): number | undefined {
  return to === undefined || from === undefined ? undefined : Math.round((to - from) * 100) / 100;
}
