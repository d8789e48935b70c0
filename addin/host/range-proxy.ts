import { requireApi } from "./api-sets";
import type { CellSpot } from "./cell-locator";
import { ClientObject } from "./client-object";
import { DataValidationProxy } from "./data-validation-proxy";
import { displayText } from "./display-text";
import { ModelError } from "./model-error";
import type { Mirror } from "./office-types";
import { RangeFormatProxy } from "./range-format-proxy";
import { eachInput, type RangeTarget, recordApiWrite, targetAddress, targetCells } from "./range-target";
import type { ModelContext } from "./request-context";
import { apiValue, cellAt, computedValue, guardEdit, peekCell, valueType, writeInput } from "./sheet-cells";

type Locate = () => RangeTarget | undefined;

/**
 * `Excel.Range`: values, formulas, number formats, address and text, format and data validation,
 * and the navigation the add-in uses (`getCell`, `getResizedRange`, `getOffsetRange`, `select`).
 */
export class RangeProxy
  extends ClientObject<RangeTarget>
  implements
    Mirror<
      Excel.Range,
      | "address"
      | "values"
      | "formulas"
      | "numberFormat"
      | "valueTypes"
      | "text"
      | "rowCount"
      | "columnCount"
      | "rowIndex"
      | "columnIndex"
      | "getCell"
      | "getResizedRange"
      | "getOffsetRange"
      | "select"
    >
{
  readonly format: RangeFormatProxy;
  private validation?: DataValidationProxy;

  constructor(context: ModelContext, locate: Locate, options: { nullable?: boolean; known?: boolean } = {}) {
    super(context, locate, { ...options, label: "Range" });
    this.format = new RangeFormatProxy(context, locate);
  }

  get address(): string {
    return this.get("address");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(values: unknown[][]) {
    this.write(values);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.write(formulas);
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.command((target) => {
      guardEdit(target.sheet, target.block, "format");
      eachInput(target, formats, (position, format) => {
        if (typeof format === "string") cellAt(target.sheet, position).numberFormat = format;
      });
    });
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.get("valueTypes");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }

  /** ExcelApi 1.8; on older hosts the property is missing, so reading it throws `ApiNotFound`. */
  get dataValidation(): DataValidationProxy {
    requireApi(this.context.host.api, "1.8", "Range.dataValidation");
    this.validation ??= new DataValidationProxy(this.context, this.locator());
    return this.validation;
  }

  /** The cell at a 0-based offset inside this range. */
  getCell(row: number, column: number): RangeProxy {
    return this.derived((target) => ({
      sheet: target.sheet,
      block: { top: target.block.top + row, left: target.block.left + column, rows: 1, columns: 1 },
    }));
  }

  /** This range grown or shrunk by rows and columns. */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived((target) => ({
      sheet: target.sheet,
      block: {
        ...target.block,
        rows: target.block.rows + deltaRows,
        columns: target.block.columns + deltaColumns,
      },
    }));
  }

  /** This range moved by rows and columns. */
  getOffsetRange(rows: number, columns: number): RangeProxy {
    return this.derived((target) => ({
      sheet: target.sheet,
      block: { ...target.block, top: target.block.top + rows, left: target.block.left + columns },
    }));
  }

  /** Selects the range (and activates its sheet). */
  select(): void {
    this.command((target) => {
      const { state } = this.context.host;
      state.activeSheet = target.sheet.id;
      state.selection = { sheet: target.sheet.name, address: targetAddress(target).split("!").pop() ?? "" };
    }, null);
  }

  /** The cells this proxy names, found now; for model code that takes a Range argument (notes, names). */
  modelTarget(): RangeTarget | undefined {
    return this.resolve();
  }

  protected snapshot(target: RangeTarget) {
    const { state } = this.context.host;
    const grid = targetCells(target);
    const cells = grid.map((row) => row.map((position) => peekCell(target.sheet, position)));
    const values = grid.map((row) => row.map((position) => computedValue(state, target.sheet, position)));
    return {
      address: targetAddress(target),
      addressLocal: targetAddress(target),
      values: values.map((row) => row.map(apiValue)),
      valueTypes: values.map((row) => row.map(valueType)),
      formulas: cells.map((row, r) =>
        row.map((cell, c) =>
          cell.formula === undefined ? apiValue(values[r]?.[c] ?? null) : `=${cell.formula}`,
        ),
      ),
      numberFormat: cells.map((row) => row.map((cell) => cell.numberFormat)),
      text: cells.map((row, r) =>
        row.map((cell, c) => displayText(values[r]?.[c] ?? null, cell.numberFormat)),
      ),
      rowCount: target.block.rows,
      columnCount: target.block.columns,
      rowIndex: target.block.top - 1,
      columnIndex: target.block.left - 1,
      cellCount: target.block.rows * target.block.columns,
    };
  }
  protected defaultLoad() {
    return ["address", "values", "valueTypes", "formulas", "numberFormat", "text", "rowCount", "columnCount"];
  }

  private derived(next: (target: RangeTarget) => RangeTarget): RangeProxy {
    const locate = this.locator();
    return new RangeProxy(this.context, () => {
      const target = locate();
      if (!target) return undefined;
      const moved = next(target);
      if (moved.block.top < 1 || moved.block.left < 1 || moved.block.rows < 1 || moved.block.columns < 1) {
        throw new ModelError("InvalidArgument", "The range would fall outside the sheet.", "Range");
      }
      return moved;
    });
  }

  /** Office.js reads "=…" as a formula in `values` too, so both setters share one path. */
  private write(input: unknown[][]): void {
    this.command((target) => {
      const { rows, columns } = target.block;
      if (Array.isArray(input) && (input.length !== rows || input.some((row) => row?.length !== columns))) {
        throw new ModelError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          "Range.values",
        );
      }
      guardEdit(target.sheet, target.block, "value");
      let changed = false;
      eachInput(target, input, (position, value) => {
        changed = writeInput(cellAt(target.sheet, position), value) || changed;
      });
      if (changed) recordApiWrite(this.context.host, target);
    });
  }
}

/** The one-cell range of a note or comment, found again at each sync (`getLocation()`). */
export function rangeOfCell(context: ModelContext, locate: () => CellSpot | undefined): RangeProxy {
  return new RangeProxy(context, () => {
    const spot = locate();
    return (
      spot && {
        sheet: spot.sheet,
        block: { top: spot.position.row, left: spot.position.column, rows: 1, columns: 1 },
      }
    );
  });
}
