import { formatNumber } from "../../shared/numbers/format-number";
import { formatOrgNumber } from "../../shared/units/org-number";
import type { CliContext } from "../cli-context";
import type { AggregateView } from "./aggregate-view";
import { aggregateWords } from "./aggregate-words";
import { flagText, headings } from "./headings";
import { tableNotes } from "./table-notes";
import { viewRows } from "./view-rows";

/**
 * The table for a terminal: aligned columns, numbers the Norwegian way (`1 769,5`), a signed change,
 * "ufullst." where a year lacks a unit, and the footnotes under it. Every label is printable text.
 */
export function tableText(view: AggregateView, context: CliContext): string {
  const { words, lang } = context;
  const own = aggregateWords(lang);
  const style = lang === "nb" ? "nb" : "point";
  const number = (value: number | undefined) => (value === undefined ? "–" : formatNumber(value, { style }));
  const signed = (value: number) => (value > 0 ? `+${number(value)}` : number(value));
  const lines = viewRows(view, own).map((row) => [
    row.label,
    row.org === "" ? "" : formatOrgNumber(row.org),
    ...row.values.map((value, index) => (row.incomplete[index] ? own.incompleteCell : number(value))),
    ...(view.span ? [row.change === undefined ? "" : signed(row.change), flagText(row, words)] : []),
  ]);
  const all = [headings(view, words), ...lines];
  const widths =
    all[0]?.map((_, column) => Math.max(...all.map((line) => (line[column] ?? "").length))) ?? [];
  const table = all.map((line) =>
    line
      .map((cell, column) =>
        column < 2 || column === line.length - 1
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd(),
  );
  const notes = tableNotes(view.table, own);
  return [...table, ...(notes.length > 0 ? ["", ...notes] : [])].join("\n");
}
