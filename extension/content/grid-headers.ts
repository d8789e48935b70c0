import type { ContextText } from "./control-context";
import { ownText } from "./own-text";
import { CONTROL_SELECTOR } from "./page-control";

/**
 * The row and column headers of a control in a CSS grid (a `<div>` table, no `<table>`): the
 * text-only cell of the same grid in line with it to the left (its row header) and the nearest one
 * above it over the same x-range (its column header, "2023 (i fjor)"). They count as a table's
 * headers do, so last year's column is never this year's.
 */
export function gridHeaders(element: Element): ContextText[] {
  const grid = element.parentElement;
  if (grid === null || !isGrid(grid)) return [];
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return [];
  let row: { text: string; right: number } | undefined;
  let column: { text: string; bottom: number } | undefined;
  for (const cell of grid.children) {
    if (cell === element || cell.matches(CONTROL_SELECTOR) || cell.querySelector(CONTROL_SELECTOR)) continue;
    const text = ownText(cell).replace(/\s+/g, " ").trim();
    if (text === "") continue;
    const at = cell.getBoundingClientRect();
    const sameRow = at.top < box.bottom && at.bottom > box.top && at.right <= box.left + 1;
    const sameColumn = at.left < box.right && at.right > box.left && at.bottom <= box.top + 1;
    if (sameRow && (row === undefined || at.right > row.right)) row = { text, right: at.right };
    if (sameColumn && (column === undefined || at.bottom > column.bottom))
      column = { text, bottom: at.bottom };
  }
  const texts: ContextText[] = [];
  if (row) texts.push({ text: row.text, kind: "row" });
  if (column) texts.push({ text: column.text, kind: "column" });
  return texts;
}

function isGrid(element: Element): boolean {
  const display = element.ownerDocument.defaultView?.getComputedStyle(element).display ?? "";
  return display === "grid" || display === "inline-grid";
}
