import { blockCells, blockName, type CellBlock, type CellPosition, sheetPrefix } from "./cell-address";
import type { ModelHost } from "./model-host";
import type { SheetState } from "./workbook-state";

/** What a Range proxy points at once resolved: a block of cells on one sheet. */
export interface RangeTarget {
  sheet: SheetState;
  block: CellBlock;
}

/** `Sheet!C7` or `'Sheet name'!C7:D9`, as Office.js writes `Range.address`. */
export function targetAddress(target: RangeTarget): string {
  return `${sheetPrefix(target.sheet.name)}!${blockName(target.block)}`;
}

/** Every cell position of the target, row by row. */
export function targetCells(target: RangeTarget): CellPosition[][] {
  return blockCells(target.block);
}

/** Applies a per-cell write across the target; a single value fills every cell, a grid maps cell by cell. */
export function eachInput(
  target: RangeTarget,
  input: unknown,
  apply: (position: CellPosition, value: unknown) => void,
): void {
  targetCells(target).forEach((row, r) => {
    row.forEach((position, c) => {
      const value = Array.isArray(input) ? (input[r] as unknown[] | undefined)?.[c] : input;
      apply(position, value);
    });
  });
}

/** Records an API write for `onChanged` (source Local, by an add-in). */
export function recordApiWrite(host: ModelHost, target: RangeTarget): void {
  host.recordChange({
    sheetId: target.sheet.id,
    address: blockName(target.block),
    source: "Local",
    byAddin: true,
  });
}

/** Finds the sheet by id at sync time, so a proxy follows a renamed sheet and loses a deleted one. */
export function sheetById(host: ModelHost, id: string): SheetState | undefined {
  return host.state.sheets.find((sheet) => sheet.id === id);
}
