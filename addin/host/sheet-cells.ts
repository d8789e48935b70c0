import { type CellBlock, type CellPosition, cellName, parseCell } from "./cell-address";
import { evaluateFormula } from "./evaluate-formula";
import { ModelError } from "./model-error";
import {
  blankCell,
  type CellState,
  type CellValue,
  findSheet,
  type SheetState,
  type WorkbookState,
} from "./workbook-state";

/** The cell at a position, or a blank one (not stored) when nothing was ever written there. */
export function peekCell(sheet: SheetState, position: CellPosition): CellState {
  return sheet.cells.get(cellName(position)) ?? blankCell();
}

/** The stored cell at a position, created blank on first write. */
export function cellAt(sheet: SheetState, position: CellPosition): CellState {
  const key = cellName(position);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = blankCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

/**
 * A cell's value as Excel shows it: formulas computed (the templates' SUM, IF, − and the like); a
 * formula beyond the model keeps the result cached in the file.
 */
export function computedValue(
  state: WorkbookState,
  sheet: SheetState,
  position: CellPosition,
  seen: Set<string> = new Set(),
): CellValue {
  const cell = peekCell(sheet, position);
  if (cell.formula === undefined) return cell.value;
  const key = `${sheet.id}!${cellName(position)}`;
  if (seen.has(key)) return 0; // Excel warns of a circular reference and shows 0.
  seen.add(key);
  const value = evaluateFormula(cell.formula, (name, at) => {
    const target = name === undefined ? sheet : findSheet(state, name);
    return target ? computedValue(state, target, at, seen) : { error: "#REF!" };
  });
  seen.delete(key);
  // Beyond the model: show what Excel last computed (the file's cached result), else say so as Excel would.
  return value ?? (cell.value === null ? { error: "#NAME?" } : cell.value);
}

/** Office.js's value type names. */
export function valueType(value: CellValue): Excel.RangeValueType {
  if (value === null || value === "") return "Empty" as Excel.RangeValueType;
  if (typeof value === "number") return "Double" as Excel.RangeValueType;
  if (typeof value === "boolean") return "Boolean" as Excel.RangeValueType;
  if (typeof value === "object") return "Error" as Excel.RangeValueType;
  return "String" as Excel.RangeValueType;
}

/** What Office.js returns in `values`: "" for blank, the error text for error cells. */
export function apiValue(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

const INVARIANT_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Writes what the API sends in `values` or `formulas`: `=` starts a formula, a leading apostrophe
 * makes the rest text, text in a `@` cell
 * stays text, numeric text in the invariant culture becomes a number (as Excel does), `null`
 * leaves the cell alone.
 */
export function writeInput(cell: CellState, input: unknown): boolean {
  if (input === null || input === undefined) return false;
  if (typeof input === "string" && input.startsWith("=") && input.length > 1) {
    cell.formula = input.slice(1);
    cell.value = null;
    return true;
  }
  delete cell.formula;
  if (typeof input === "number" || typeof input === "boolean") cell.value = input;
  else if (typeof input === "string" && input.startsWith("'")) cell.value = input.slice(1);
  else if (input === "") cell.value = null;
  else if (typeof input === "string" && cell.numberFormat !== "@" && INVARIANT_NUMBER.test(input.trim())) {
    cell.value = Number(input.trim());
  } else cell.value = String(input);
  return true;
}

/** What a protected sheet refuses; Excel's own rules for locked cells, formats and objects. */
export type Edit = "value" | "format" | "object";

/** Throws Excel's refusal when a protected sheet does not allow this edit of the block. */
export function guardEdit(sheet: SheetState, block: CellBlock | undefined, edit: Edit): void {
  const { protection } = sheet;
  if (!protection.protected) return;
  const allowed =
    edit === "format"
      ? protection.options.allowFormatCells === true
      : edit === "object"
        ? protection.options.allowEditObjects === true
        : block !== undefined && allUnlocked(sheet, block);
  if (!allowed) {
    throw new ModelError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`,
      sheet.name,
    );
  }
}

function allUnlocked(sheet: SheetState, block: CellBlock): boolean {
  for (let r = 0; r < block.rows; r++) {
    for (let c = 0; c < block.columns; c++) {
      if (peekCell(sheet, { row: block.top + r, column: block.left + c }).locked) return false;
    }
  }
  return true;
}

/** A single-cell address on a sheet, or throws `InvalidArgument` (notes and comments need one cell). */
export function singleCell(address: string): CellPosition {
  const position = parseCell(address.includes("!") ? (address.split("!").pop() ?? "") : address);
  if (!position) throw new ModelError("InvalidArgument", `'${address}' is not a single cell.`, address);
  return position;
}
