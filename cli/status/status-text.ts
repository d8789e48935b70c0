import { expectedCount, readyCount, type StatusTable } from "../../shared/aggregate/return-status";
import type { Lang } from "../../shared/messages/lang";
import { formatNumber } from "../../shared/numbers/format-number";
import { TEMPLATES } from "../../shared/templates/catalogue";
import { printableText } from "../../shared/text/printable-text";
import { unitName } from "../aggregate/table-notes";
import type { CliContext } from "../cli-context";
import { type StatusWords, statusWords } from "./status-words";

/** `2025-02-15T12:00:00Z` → `15.02.2025` (Norwegian) or `2025-02-15`; blank when unknown. */
export function shortDate(iso: string | undefined, lang: "nb" | "en"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  if (!match) return "";
  const [, year, month, day] = match;
  return lang === "nb" ? `${day}.${month}.${year}` : `${year}-${month}-${day}`;
}

/** A cell's words: the state, with the count of errors or warnings where there are some. */
function cellText(
  cell: StatusTable["units"][number]["returns"][string],
  words: ReturnType<typeof statusWords>,
) {
  const word = words.state[cell.state];
  if (cell.state === "errors") return `${word} (${cell.errors})`;
  return cell.state === "warnings" ? `${word} (${cell.warnings})` : word;
}

/** The status table for a terminal: unit × template, the unexplained changes and the last change. */
export function statusText(table: StatusTable, context: CliContext): string {
  const words = statusWords(context.lang);
  const head = [
    words.unitHeading,
    // The template's short name (a title's first word was "Kapasitetsplan:" and "Regional").
    ...table.templates.map((id) => TEMPLATES[id].name[context.lang]),
    words.unexplainedHeading,
    words.lastChangeHeading,
  ];
  const rows = table.units.map((row) => [
    printableText(row.unit),
    ...table.templates.map((id) => (row.returns[id] ? cellText(row.returns[id], words) : "")),
    row.unexplained === 0 ? "" : String(row.unexplained),
    shortDate(row.lastChange, context.lang),
  ]);
  const all = [head, ...rows];
  const widths = head.map((_, column) => Math.max(...all.map((line) => (line[column] ?? "").length)));
  const lines = all.map((line) =>
    line
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  const style = context.lang === "nb" ? "nb" : "point";
  const changes = table.unexplained.map((change) =>
    printableText(
      words.unexplainedLine(
        unitName(change.org),
        change.field,
        formatNumber(Number(change.params.previous), { style }),
        formatNumber(Number(change.params.current), { style }),
      ),
    ),
  );
  return [
    `${table.year}`,
    ...lines,
    "",
    words.summary(readyCount(table), expectedCount(table)),
    ...conflictLines(table, words, context.lang),
    ...changes,
  ].join("\n");
}

/** A line per return whose copies disagree (this year's or last year's), naming every file. */
export function conflictLines(table: StatusTable, words: StatusWords, lang: Lang): string[] {
  const and = lang === "nb" ? " og " : " and ";
  const list = (files: readonly string[]) => files.map((file) => printableText(file)).join(and);
  return table.units.flatMap((row) =>
    table.templates.flatMap((id) => {
      const cell = row.returns[id];
      const template = TEMPLATES[id].name[lang];
      const lines: string[] = [];
      if (cell?.conflicting) lines.push(words.conflictLine(row.unit, template, list(cell.conflicting)));
      if (cell?.previousConflicting)
        lines.push(words.previousConflictLine(row.unit, template, list(cell.previousConflicting)));
      return lines.map((line) => printableText(line));
    }),
  );
}
