import { formatNumber } from "../../shared/numbers/format-number";
import type { CliWords } from "../words/cli-words";
import type { AggregateView } from "./aggregate-view";
import { flagText, headings } from "./headings";
import { viewRows } from "./view-rows";

/**
 * The table as CSV for Norwegian Excel: semicolons, decimal comma, CRLF, and a UTF-8 byte-order mark
 * so Excel reads æøå right instead of guessing the old Windows code page.
 */
export function tableCsv(view: AggregateView, words: CliWords): string {
  const number = (value: number | undefined) =>
    value === undefined ? "" : formatNumber(value, { style: "comma" });
  const lines = viewRows(view).map((row) => [
    text(row.total ? words.total : row.unit),
    row.org,
    ...row.values.map(number),
    ...(view.span ? [number(row.change), text(flagText(row, words))] : []),
  ]);
  return `\uFEFF${[headings(view, words).map(text), ...lines].map((line) => line.join(";")).join("\r\n")}\r\n`;
}

/**
 * A text cell: quoted when it holds a separator, a quote or a line break; text that Excel would
 * take for a formula (`= + - @`) gets a leading apostrophe so it stays text (OWASP's CSV-injection advice).
 */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
