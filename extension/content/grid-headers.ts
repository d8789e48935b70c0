import { type ContextText, clean } from "./control-context";
import { headerText } from "./own-text";
import { CONTROL_SELECTOR } from "./page-control";
import { oncePerPass } from "./reading-pass";

/**
 * The row and column headers of a control in a CSS grid (a `<div>` table, no `<table>`): the
 * text-only cell of the same grid in line with it to the left (its row header) and the nearest one
 * above it over the same x-range (its column header, "2023 (i fjor)"). They count as a table's
 * headers do, so last year's column is never this year's.
 */
export function gridHeaders(element: Element): ContextText[] {
  const aria = ariaGridHeaders(element);
  if (aria.length > 0) return aria;
  const grid = element.parentElement;
  if (grid === null || !oncePerPass(isGrid, grid)) return divRowHeaders(element);
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return [];
  let row: { text: string; right: number } | undefined;
  let column: { text: string; bottom: number } | undefined;
  for (const { cell, text, at } of oncePerPass(textCells, grid)) {
    if (cell === element) continue;
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

/**
 * The grid's cells that hold text and no control, with their boxes: read once per pass for all
 * the grid's controls (each control compared with every cell is rows × cells box reads otherwise).
 */
function textCells(grid: Element): Array<{ cell: Element; text: string; at: DOMRect }> {
  const cells: Array<{ cell: Element; text: string; at: DOMRect }> = [];
  for (const cell of grid.children) {
    if (cell.matches(CONTROL_SELECTOR) || cell.querySelector(CONTROL_SELECTOR)) continue;
    const text = clean(headerText(cell));
    if (text !== "") cells.push({ cell, text, at: cell.getBoundingClientRect() });
  }
  return cells;
}

function isGrid(element: Element): boolean {
  const display = element.ownerDocument.defaultView?.getComputedStyle(element).display ?? "";
  return display === "grid" || display === "inline-grid";
}

/**
 * The headers of a control in an ARIA grid or table (AG Grid, MUI's DataGrid: flex rows of
 * `role=gridcell`s, no `<table>`): the `rowheader`s of its row (children or deeper), and the
 * `columnheader`s of its cell's column, by `aria-colindex`, else by the cell's place in its row. So the column
 * "2024 (i fjor)" is last year's, as a table's header says (adversary round 4, B19).
 */
function ariaGridHeaders(element: Element): ContextText[] {
  const cell = element.closest("[role=gridcell], [role=cell]");
  const row = cell?.closest("[role=row]");
  const grid = row?.closest("[role=grid], [role=treegrid], [role=table]");
  if (!cell || !row || !grid) return [];
  const texts: ContextText[] = [];
  // Fluent's DetailsList puts a row's cells in a presentation div of the row (adversary round 8,
  // F9): its rowheader is the row's as long as no row nearer holds it (a grid nested in a cell).
  for (const header of row.querySelectorAll("[role=rowheader]"))
    if (header.closest("[role=row]") === row) texts.push({ text: clean(headerText(header)), kind: "row" });
  for (const header of grid.querySelectorAll("[role=columnheader]"))
    if (columnOf(header) === columnOf(cell)) texts.push({ text: clean(headerText(header)), kind: "column" });
  return texts;
}

function columnOf(cell: Element): number {
  return (
    Number(cell.getAttribute("aria-colindex")) || [...(cell.parentElement?.children ?? [])].indexOf(cell) + 1
  );
}

/**
 * A control's column header in rows of `<div>` cells side by side by flex, no grid nor table
 * (Bootstrap's `.row` of `.col`s): the cell at its cell's place in the nearest row above of as
 * many cells, each text only, past the data rows between. A bold head row "Fjorårets tall (2024)
 * | Årets tall (2025)" let this year's figures into last year's column (adversary round 9, G12).
 * The cell is the control's parent or the one above it (a floating label's or input group's).
 */
function divRowHeaders(element: Element): ContextText[] {
  for (
    let cell = element.parentElement, depth = 0;
    cell?.parentElement && depth < 2;
    cell = cell.parentElement, depth++
  ) {
    const row = cell.parentElement;
    if (!oncePerPass(isFlexRow, row)) continue;
    const head = oncePerPass(headRowOf, row);
    const header = head?.children[[...row.children].indexOf(cell)];
    if (header) return [{ text: clean(headerText(header)), kind: "column" }];
  }
  return [];
}

/** A row of cells side by side by flex (a form's block of fields, one under another, is none). */
function isFlexRow(row: Element): boolean {
  const style = row.ownerDocument.defaultView?.getComputedStyle(row);
  return /flex/.test(style?.display ?? "") && !/column/.test(style?.flexDirection ?? "");
}

/** The nearest row above of as many cells, each text only; the data rows between share it. */
function headRowOf(row: Element): Element | undefined {
  const above = row.previousElementSibling;
  const cells = row.children.length;
  if (!above || cells < 2 || above.children.length !== cells) return undefined;
  if (!above.querySelector(CONTROL_SELECTOR)) return above;
  return oncePerPass(headRowOf, above);
}
