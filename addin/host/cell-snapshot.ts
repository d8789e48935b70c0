import { cellName, parseCell } from "./cell-address";
import { displayText } from "./display-text";
import { computedValue, peekCell } from "./sheet-cells";
import type { CellValue, SheetState, WorkbookState } from "./workbook-state";

/** One cell as a grid shows it: value (formulas computed), text, look, note and comment. */
export interface CellSnapshot {
  sheet: string;
  address: string;
  value: CellValue;
  /** As a Norwegian Excel shows it ("1 769,5" is shown "1769,5": General has no grouping). */
  text: string;
  /** With the leading `=`. */
  formula?: string;
  numberFormat: string;
  /** `#RRGGBB`, absent when the cell has no fill. */
  fill?: string;
  bold: boolean;
  italic: boolean;
  fontColor?: string;
  locked: boolean;
  note?: string;
  comment?: string;
  /** The data-validation input prompt, when the cell has one. */
  prompt?: string;
  /** Defined names that point at exactly this cell. */
  names: string[];
}

/** A sheet as a grid needs it. */
export interface SheetSummary {
  name: string;
  id: string;
  protected: boolean;
  active: boolean;
  /** The used area, from A1. */
  rows: number;
  columns: number;
  /** Column widths in points, by 1-based column; absent ones use Excel's default (48). */
  columnWidths: Record<number, number>;
}

/** Snapshot of one cell; an empty cell gives an empty snapshot, never an error. */
export function cellSnapshot(state: WorkbookState, sheet: SheetState, address: string): CellSnapshot {
  const position = parseCell(address) ?? { row: 1, column: 1 };
  const cell = peekCell(sheet, position);
  const value = computedValue(state, sheet, position);
  const key = cellName(position);
  const names = [...state.names.values()]
    .filter(
      (entry) =>
        entry.sheet === sheet.name &&
        entry.block &&
        cellName({ row: entry.block.top, column: entry.block.left }) === key,
    )
    .map((entry) => entry.name);
  return {
    sheet: sheet.name,
    address: key,
    value,
    text: displayText(value, cell.numberFormat),
    ...(cell.formula === undefined ? {} : { formula: `=${cell.formula}` }),
    numberFormat: cell.numberFormat,
    ...(cell.fill ? { fill: cell.fill } : {}),
    bold: cell.font.bold ?? false,
    italic: cell.font.italic ?? false,
    ...(cell.font.color ? { fontColor: cell.font.color } : {}),
    locked: cell.locked,
    ...(cell.note === undefined ? {} : { note: cell.note }),
    ...(cell.comment ? { comment: cell.comment.content } : {}),
    ...(cell.validation?.prompt?.show ? { prompt: cell.validation.prompt.message } : {}),
    names,
  };
}

/** The summary of a sheet for a grid. */
export function sheetSummary(state: WorkbookState, sheet: SheetState): SheetSummary {
  const positions = [...sheet.cells.keys()]
    .map((key) => parseCell(key))
    .filter((position) => position !== undefined);
  return {
    name: sheet.name,
    id: sheet.id,
    protected: sheet.protection.protected,
    active: (state.activeSheet ?? state.sheets[0]?.id) === sheet.id,
    rows: Math.max(1, ...positions.map((position) => position.row)),
    columns: Math.max(1, ...positions.map((position) => position.column), ...sheet.columnWidths.keys()),
    columnWidths: Object.fromEntries(sheet.columnWidths),
  };
}
