import { formatNumber } from "../../shared/numbers/format-number";
import { printableText } from "../../shared/text/printable-text";
import type { CliContext } from "../cli-context";
import type { AggregateView } from "./aggregate-view";
import { aggregateWords } from "./aggregate-words";
import { flagText, headings } from "./headings";
import { tableNotes } from "./table-notes";
import { viewRows } from "./view-rows";

/**
 * The table as CSV for Norwegian Excel: semicolons, decimal comma, CRLF, and a UTF-8 byte-order mark
 * so Excel reads æøå right instead of guessing the old Windows code page. Footnotes and incomplete
 * years follow the table, one per line, after a blank line.
 */
export function tableCsv(view: AggregateView, context: Pick<CliContext, "words" | "lang">): string {
  const { words } = context;
  const own = aggregateWords(context.lang);
  const number = (value: number | undefined) =>
    value === undefined ? "" : formatNumber(value, { style: "comma" });
  const lines = viewRows(view, own).map((row) => [
    csvText(row.label),
    row.org,
    ...row.values.map((value, index) =>
      row.incomplete[index] ? csvText(own.incompleteCell) : number(value),
    ),
    ...(view.span ? [number(row.change), csvText(flagText(row, words))] : []),
  ]);
  const notes = tableNotes(view.table, own).map((note) => [csvText(note)]);
  const all = [headings(view, words).map(csvText), ...lines, ...(notes.length > 0 ? [[""], ...notes] : [])];
  return `\uFEFF${all.map((line) => line.join(";")).join("\r\n")}\r\n`;
}

/**
 * A text cell: printable (no control or bidi characters), quoted when it holds a separator, a quote
 * or a line break; text that Excel would take for a formula (`= + - @`) gets a leading apostrophe so
 * it stays text (OWASP's CSV-injection advice).
 */
export function csvText(value: string): string {
  const printable = printableText(value);
  const safe = /^[=+\-@\t\r]/.test(printable) ? `'${printable}` : printable;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
