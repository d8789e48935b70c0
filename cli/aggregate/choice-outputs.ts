import { formatOrgNumber } from "../../shared/units/org-number";
import type { ChoiceGrid } from "./choice-grid";
import { csvText } from "./table-csv";

/** A status table for a terminal: aligned columns, status words, counts right-aligned, the notes under it. */
export function choiceText(grid: ChoiceGrid): string {
  const all = [
    grid.headings,
    ...grid.lines.map((line) => [
      line.label,
      line.org === "" ? "" : formatOrgNumber(line.org),
      ...line.cells.map(String),
    ]),
  ];
  const widths = grid.headings.map((_, column) =>
    Math.max(...all.map((line) => (line[column] ?? "").length)),
  );
  const counted = (row: number) => row > 0 && grid.lines[row - 1]?.kind !== "unit";
  const table = all.map((line, row) =>
    line
      .map((cell, column) =>
        column >= 2 && counted(row) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd(),
  );
  return [...table, ...(grid.notes.length > 0 ? ["", ...grid.notes] : [])].join("\n");
}

/** The status table as CSV for Norwegian Excel, as the figures' CSV: semicolons, CRLF, a BOM first. */
export function choiceCsv(grid: ChoiceGrid): string {
  const lines = [
    grid.headings.map(csvText),
    ...grid.lines.map((line) => [
      csvText(line.label),
      line.org,
      ...line.cells.map((cell) => (typeof cell === "number" ? String(cell) : csvText(cell))),
    ]),
    ...(grid.notes.length > 0 ? [[""], ...grid.notes.map((note) => [csvText(note)])] : []),
  ];
  return `\uFEFF${lines.map((line) => line.join(";")).join("\r\n")}\r\n`;
}
