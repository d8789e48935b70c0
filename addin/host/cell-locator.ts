import { type CellPosition, cellName, splitReference } from "./cell-address";
import { ModelError } from "./model-error";
import type { RangeTarget } from "./range-target";
import { singleCell } from "./sheet-cells";
import { findSheet, type SheetState, type WorkbookState } from "./workbook-state";

/** A single cell of a sheet, as notes and comments are anchored. */
export interface CellSpot {
  sheet: SheetState;
  position: CellPosition;
}

/** Anything Office.js accepts as a cell: a Range (the model's proxy at run time) or an address text. */
export type CellArgument = string | Excel.Range | { modelTarget(): RangeTarget | undefined };

/**
 * Finds the cell a note or comment call names, at sync time: `Sheet!C7`, or `C7` on `scope`
 * (a worksheet's collection). Throws Excel's `InvalidArgument` for anything but one cell.
 */
export function locateCell(state: WorkbookState, argument: CellArgument, scope?: SheetState): CellSpot {
  if (typeof argument !== "string") {
    const target = (argument as unknown as { modelTarget(): RangeTarget | undefined }).modelTarget();
    if (!target || target.block.rows * target.block.columns !== 1) {
      throw new ModelError("InvalidArgument", "The range is not a single cell.", "cellAddress");
    }
    return { sheet: target.sheet, position: { row: target.block.top, column: target.block.left } };
  }
  const { sheet: name, cells } = splitReference(argument);
  const sheet = name === undefined ? scope : findSheet(state, name);
  if (!sheet) throw new ModelError("InvalidArgument", `No sheet for '${argument}'.`, "cellAddress");
  return { sheet, position: singleCell(cells) };
}

/** The key Excel gives a note or comment location: `Sheet!C7`. */
export function spotKey(spot: CellSpot): string {
  return `${spot.sheet.name}!${cellName(spot.position)}`;
}
