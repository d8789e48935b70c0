import { type ContextText, childNamed, clean, descriptionOf } from "./control-context";
import { headerText, ownText } from "./own-text";
import { CONTROL_SELECTOR } from "./page-control";
import { oncePerPass } from "./reading-pass";
import { saysLastYear, yearsIn } from "./words";

/** A cell on its table's grid: the slot it is anchored at and its width and height in slots. */
interface Placed {
  /** A table cell, or a header cell of another table its `headers` ids point at. */
  cell: Element;
  x: number;
  y: number;
  w: number;
  h: number;
  header: boolean;
}

/**
 * The header cells of a control's table cell, as the HTML table model assigns them: the grid with
 * every `rowspan` and `colspan` slot (https://html.spec.whatwg.org/multipage/tables.html#forming-a-table),
 * then the cell's `headers` ids, else the headers scanned up its column and left along its row,
 * a header block beyond a data cell hiding the same-sized headers behind it
 * (https://html.spec.whatwg.org/multipage/tables.html#internal-algorithm-for-scanning-and-assigning-header-cells).
 * So under "2025" spanning "Personer | Årsverk", after a row-spanning "Yrkesgruppe", the third
 * cell is 2025's headcount, never 2024's FTE. Row headers come first, then column headers from the
 * top; then the caption.
 */
export function tableHeaders(element: Element): ContextText[] {
  const cell = element.closest("td, th");
  const table = cell?.closest("table");
  if (!cell || !table) return [];
  const grid = oncePerPass(formGrid, table);
  const { slots, cells } = grid;
  const principal = cells.get(cell);
  if (principal === undefined) return [];
  const ids = cell.getAttribute("headers")?.trim();
  const root = cell.getRootNode() as Document;
  // An id may point out of the table, at a sticky header's own table above it: that cell heads
  // the column, as the page means (invalid HTML, which screen readers differ on; adversary round
  // 7, E11). Off the grid, it is placed above every row: it heads as a column.
  const byId = (header: Element | null) =>
    header ? (cells.get(header) ?? ({ cell: header, y: -1, h: 0 } as Placed)) : [];
  const found = ids
    ? ids.split(/\s+/).flatMap((id) => byId(root.getElementById(id)))
    : [...scan(slots, principal, -1, 0), ...columnScan(grid, principal)];
  const texts: ContextText[] = [...new Set(found)]
    .filter((header) => header !== principal)
    .map((header) => ({
      text: clean(headerText(header.cell)),
      kind: header.y < principal.y + principal.h && header.y + header.h > principal.y ? "row" : "column",
    }));
  // A row group's header titles its part of the table as a caption titles all of it, and so does
  // a `<col title="Fjorårets tall (2024)">` its columns (adversary round 7, E13) and a header
  // table drawn apart its column (headerTable); read only where it says a year or last year, so a
  // group named by its area matches as it did before.
  for (const text of [
    ...(ids ? [] : groupHeaders(grid, principal)).map((header) => clean(headerText(header.cell))),
    ...grid.titles.slice(principal.x, principal.x + principal.w),
    ...(grid.head ?? []).flatMap((row) => {
      const header = row[principal.x];
      return header ? [clean(headerText(header.cell))] : [];
    }),
  ])
    if (saysLastYear(text) || yearsIn(text).length > 0) texts.push({ text, kind: "caption" });
  texts.push(...oncePerPass(captionsOf, table));
  return texts;
}

/** A table's caption and description, read once per pass for all its controls. */
function captionsOf(table: HTMLTableElement): ContextText[] {
  const texts: ContextText[] = [];
  // The first caption child (as `:scope > caption`), without searching the whole table.
  const caption = childNamed(table, "caption");
  if (caption) texts.push({ text: clean(ownText(caption)), kind: "caption" });
  // So does its description: a note "Tallene … oppgis per 1000 innbyggere" that the table points
  // at (`aria-describedby`) says the unit of measure of every box in it (adversary round 5, C24).
  // Only when there is one: an empty text would make every cell's headers non-empty, and a grid
  // nested in a layout table would never be asked for its own headers (control-context.ts).
  const description = descriptionOf(table);
  if (description) texts.push({ text: description, kind: "caption" });
  return texts;
}

/**
 * The row group headers (`scope=rowgroup`) a cell falls under: those of its own row group (its
 * tbody) at or above its row and not right of it, as the spec assigns them. A row group headed
 * "Gjeldende plan (fra forrige runde)" in a row of its own holds the old plan's boxes, which the
 * scans up the column and along the row never meet (adversary round 6, D14). The table's are
 * listed once per pass (formGrid): most tables have none, and 200 rows cost nothing more.
 */
function groupHeaders({ groups }: Grid, principal: Placed): Placed[] {
  const group = principal.cell.parentElement?.parentElement;
  return groups.filter(
    (header) =>
      header !== principal &&
      header.cell.parentElement?.parentElement === group &&
      header.y <= principal.y &&
      header.x <= principal.x,
  );
}

/** The headers met going from the principal cell by (dx, dy), farthest first (the spec's scan). */
function scan(slots: Placed[][], principal: Placed, dx: number, dy: number): Placed[] {
  const found: Placed[] = [];
  const opaque: Placed[] = [];
  let block = principal.header ? [principal] : [];
  for (let x = principal.x + dx, y = principal.y + dy; x >= 0 && y >= 0; x += dx, y += dy) {
    const current = slots[y]?.[x];
    if (!current || current === block.at(-1)) continue;
    if (!current.header) {
      // Up a long data column nearly every step is a data cell after a data cell: nothing to move.
      if (block.length > 0) {
        opaque.push(...block);
        block = [];
      }
      continue;
    }
    block.push(current);
    const hidden = opaque.some((other) =>
      dx ? other.y === current.y && other.h === current.h : other.x === current.x && other.w === current.w,
    );
    if (!hidden && headsColumns(slots, current) === !dx) found.unshift(current);
  }
  return found;
}

/** A table's grid: its slots, each cell's place, and the column scans made so far in this pass. */
interface Grid {
  slots: Placed[][];
  cells: Map<Element, Placed>;
  upward: Map<Placed, Placed[]>;
  /** The table's row group headers (`scope=rowgroup`), in tree order. */
  groups: Placed[];
  /** Each column's `<col>` or `<colgroup>` title ("" for none). */
  titles: string[];
  /** The slots of the header table a grid plugin drew apart from this body (headerTable). */
  head: Placed[][] | undefined;
}

/**
 * The scan up a cell's column, shared down a column of data cells: from a data cell right under
 * a data cell anchored in the same column, the scan passes that cell and goes on exactly as the
 * scan from it does (nothing met yet), so it meets the same headers. A 200-row column is walked
 * once per pass, not once per control (200 × 100 steps).
 */
function columnScan(grid: Grid, principal: Placed): Placed[] {
  const chain: Placed[] = [];
  let at = principal;
  let found = grid.upward.get(at);
  while (found === undefined) {
    chain.push(at);
    const above = at.header ? undefined : grid.slots[at.y - 1]?.[at.x];
    if (above === undefined || above.header || above.x !== at.x) {
      found = scan(grid.slots, at, 0, -1);
      break;
    }
    at = above;
    found = grid.upward.get(at);
  }
  for (const cell of chain) grid.upward.set(cell, found);
  return found;
}

/**
 * Places every cell of a table on its grid, once per reading pass for all the table's controls,
 * with each cell's place by cell (a row's `rowIndex` counts the table's rows each time it is read).
 */
function formGrid(table: HTMLTableElement): Grid {
  const rows = [...table.rows];
  const slots: Placed[][] = rows.map(() => []);
  const cells = new Map<Element, Placed>();
  const groups: Placed[] = [];
  const ends = groupEnds(rows);
  rows.forEach((row, y) => {
    const end = ends[y] as number;
    let x = 0;
    for (const cell of row.cells) {
      while ((slots[y] as Placed[])[x]) x++;
      const h = Math.min(cell.rowSpan || end, end - y);
      const placed = { cell, x, y, w: cell.colSpan || 1, h, header: isHeader(cell) };
      cells.set(cell, placed);
      if (/^rowgroup$/i.test(cell.getAttribute("scope") ?? "")) groups.push(placed);
      for (let dy = 0; dy < h; dy++)
        for (let dx = 0; dx < placed.w; dx++) (slots[y + dy] as Placed[])[x + dx] ??= placed;
      x += placed.w;
    }
  });
  const titles: string[] = [];
  for (const group of table.querySelectorAll<HTMLTableColElement>(":scope > colgroup"))
    for (const col of group.querySelector("col")
      ? group.querySelectorAll<HTMLTableColElement>("col")
      : [group])
      for (let n = 0; n < col.span; n++) titles.push(clean(col.title || group.title));
  return { slots, cells, upward: new Map(), groups, titles, head: headerTable(table) };
}

/**
 * The header rows a grid plugin draws in a table of their own just before the body's table
 * (jqGrid, Kendo, a DataTables build without its sizing row: the header in
 * `.dataTables_scrollHead`'s table, the rows in the next one, with no `<thead>` or caption): the
 * one table in the element before the body (or before its parent), of header cells only, its last
 * row one cell per column of the body's. Read only where a header says another year or last year
 * (tableHeaders), so it can keep this year's figures out of last year's column (adversary round
 * 8, F5) but never makes a box this year's: a header table of another table above a last year's
 * table must not speak for it (the review of F5).
 */
function headerTable(table: HTMLTableElement): Placed[][] | undefined {
  const before = table.previousElementSibling ?? table.parentElement?.previousElementSibling;
  const tables: ArrayLike<Element> =
    before?.localName === "table" ? [before] : (before?.getElementsByTagName("table") ?? []);
  const head = tables.length === 1 ? (tables[0] as HTMLTableElement) : undefined;
  if (!head || table.tHead || table.caption) return;
  if (![...head.querySelectorAll<HTMLTableCellElement>("td, th")].every(isHeader)) return;
  const last = head.rows[head.rows.length - 1];
  return last?.cells.length === table.rows[0]?.cells.length ? oncePerPass(formGrid, head).slots : undefined;
}

/**
 * Where each row's row group (thead, tbody, tfoot) ends: a cell spans rows only within its group,
 * rowspan=0 to the group's end. One walk from the last row, not one per row to its group's end.
 */
function groupEnds(rows: readonly HTMLTableRowElement[]): number[] {
  const ends: number[] = [];
  for (let y = rows.length - 1; y >= 0; y--) {
    const same = rows[y + 1]?.parentElement === rows[y]?.parentElement;
    ends[y] = same ? (ends[y + 1] as number) : y + 1;
  }
  return ends;
}

/** A `<th>`; a `<td>` holding no control in a `<thead>` (`<td><b>2025</b>`) or first in its row (SharePoint). */
function isHeader(cell: HTMLTableCellElement): boolean {
  if (cell.localName === "th") return true;
  const head = cell.cellIndex === 0 || cell.parentElement?.parentElement?.localName === "thead";
  return head && cell.querySelector(CONTROL_SELECTOR) === null;
}

/**
 * Whether a header heads columns (else its row), by `scope` (a column group's header heads its own
 * columns, a row group's its rows); without one, when its rows hold no data cell. (The spec also
 * asks a row header's columns to hold no data cell: a spanning comment box under the row headers
 * would then take every row's name away.)
 */
function headsColumns(slots: Placed[][], header: Placed): boolean {
  const scope = header.cell.getAttribute("scope") ?? "";
  if (/^col/i.test(scope)) return true;
  if (/^row/i.test(scope)) return false;
  return !slots.slice(header.y, header.y + header.h).some((line) => line.some((other) => !other.header));
}
