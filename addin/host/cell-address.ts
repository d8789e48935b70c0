/** A cell position, 1-based like Excel's rows and columns. */
export interface CellPosition {
  row: number;
  column: number;
}

/** A rectangular block of cells on one sheet. */
export interface CellBlock {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** The column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** `C7` for a position. */
export function cellName(position: CellPosition): string {
  return `${columnLetters(position.column)}${position.row}`;
}

/** Reads `C7` or `$C$7`; undefined for anything else. */
export function parseCell(text: string): CellPosition | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!match) return undefined;
  let column = 0;
  for (const letter of (match[1] ?? "").toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  const row = Number(match[2]);
  return row >= 1 && column >= 1 ? { row, column } : undefined;
}

/** Reads `C7`, `C7:D9` or `$C$7:$D$9` into a block; undefined when it is not a cell reference. */
export function parseBlock(text: string): CellBlock | undefined {
  const [first, last = first] = text.split(":");
  const start = parseCell(first ?? "");
  const end = parseCell(last ?? "");
  if (!start || !end) return undefined;
  const top = Math.min(start.row, end.row);
  const left = Math.min(start.column, end.column);
  return {
    top,
    left,
    rows: Math.abs(end.row - start.row) + 1,
    columns: Math.abs(end.column - start.column) + 1,
  };
}

/** `C7` for a single cell, `C7:D9` for a larger block. */
export function blockName(block: CellBlock): string {
  const start = cellName({ row: block.top, column: block.left });
  if (block.rows === 1 && block.columns === 1) return start;
  return `${start}:${cellName({ row: block.top + block.rows - 1, column: block.left + block.columns - 1 })}`;
}

/** Every position of a block, row by row. */
export function blockCells(block: CellBlock): CellPosition[][] {
  return Array.from({ length: block.rows }, (_, r) =>
    Array.from({ length: block.columns }, (_, c) => ({ row: block.top + r, column: block.left + c })),
  );
}

/** Splits `'Sheet name'!$C$7` or `Sheet!C7` into the unquoted sheet and the cell part. */
export function splitReference(reference: string): { sheet?: string; cells: string } {
  const text = reference.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { cells: text };
  const sheet = text
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replaceAll("''", "'");
  return { sheet, cells: text.slice(bang + 1) };
}

/** A sheet name as Excel writes it in an address: quoted only when it has to be. */
export function sheetPrefix(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !parseCell(sheet)
    ? sheet
    : `'${sheet.replaceAll("'", "''")}'`;
}
