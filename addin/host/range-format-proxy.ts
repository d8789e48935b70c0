import { ClientObject } from "./client-object";
import type { Mirror } from "./office-types";
import { type RangeTarget, targetCells } from "./range-target";
import type { ModelContext } from "./request-context";
import { cellAt, guardEdit, peekCell } from "./sheet-cells";
import type { CellState } from "./workbook-state";

type Locate = () => RangeTarget | undefined;

/** No fill reads as white, as in Excel. */
const NO_FILL = "#FFFFFF";

/** The same value across the range, or null when cells differ (Office.js's rule for mixed formats). */
function common<V>(target: RangeTarget, read: (cell: CellState) => V): V | null {
  const values = targetCells(target)
    .flat()
    .map((position) => read(peekCell(target.sheet, position)));
  const first = values[0] as V;
  return values.every((value) => value === first) ? first : null;
}

function formatEach(target: RangeTarget, apply: (cell: CellState) => void): void {
  guardEdit(target.sheet, target.block, "format");
  for (const position of targetCells(target).flat()) apply(cellAt(target.sheet, position));
}

/** `Excel.RangeFill`. */
export class RangeFillProxy
  extends ClientObject<RangeTarget>
  implements Mirror<Excel.RangeFill, "color" | "clear">
{
  constructor(context: ModelContext, locate: Locate) {
    super(context, locate, { label: "RangeFill", known: true, nullable: true });
  }
  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.command((target) => formatEach(target, (cell) => (cell.fill = color.toUpperCase())));
  }
  clear(): void {
    this.command((target) =>
      formatEach(target, (cell) => {
        delete cell.fill;
      }),
    );
  }
  protected snapshot(target: RangeTarget) {
    return { color: common(target, (cell) => cell.fill ?? NO_FILL) };
  }
  protected defaultLoad() {
    return ["color"];
  }
}

/** `Excel.RangeFont`: bold, italic, colour and size. */
export class RangeFontProxy
  extends ClientObject<RangeTarget>
  implements Mirror<Excel.RangeFont, "bold" | "italic" | "color" | "size">
{
  constructor(context: ModelContext, locate: Locate) {
    super(context, locate, { label: "RangeFont", known: true, nullable: true });
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(bold: boolean) {
    this.command((target) => formatEach(target, (cell) => (cell.font = { ...cell.font, bold })));
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(italic: boolean) {
    this.command((target) => formatEach(target, (cell) => (cell.font = { ...cell.font, italic })));
  }
  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.command((target) => formatEach(target, (cell) => (cell.font = { ...cell.font, color })));
  }
  get size(): number {
    return this.get("size");
  }
  set size(size: number) {
    this.command((target) => formatEach(target, (cell) => (cell.font = { ...cell.font, size })));
  }
  protected snapshot(target: RangeTarget) {
    return {
      bold: common(target, (cell) => cell.font.bold ?? false),
      italic: common(target, (cell) => cell.font.italic ?? false),
      color: common(target, (cell) => cell.font.color ?? "#000000"),
      size: common(target, (cell) => cell.font.size ?? 11),
    };
  }
  protected defaultLoad() {
    return ["bold", "italic", "color", "size"];
  }
}

/** `Excel.FormatProtection`: whether cells stay locked when the sheet is protected. */
export class FormatProtectionProxy
  extends ClientObject<RangeTarget>
  implements Mirror<Excel.FormatProtection, "locked">
{
  constructor(context: ModelContext, locate: Locate) {
    super(context, locate, { label: "FormatProtection", known: true, nullable: true });
  }
  get locked(): boolean {
    return this.get("locked");
  }
  set locked(locked: boolean) {
    this.command((target) => formatEach(target, (cell) => (cell.locked = locked)));
  }
  protected snapshot(target: RangeTarget) {
    return { locked: common(target, (cell) => cell.locked) };
  }
  protected defaultLoad() {
    return ["locked"];
  }
}

/** `Excel.RangeFormat`: fill, font, protection, wrapping and column width (in points). */
export class RangeFormatProxy
  extends ClientObject<RangeTarget>
  implements Mirror<Excel.RangeFormat, "columnWidth" | "wrapText">
{
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  readonly protection: FormatProtectionProxy;

  constructor(context: ModelContext, locate: Locate) {
    super(context, locate, { label: "RangeFormat", known: true, nullable: true });
    this.fill = new RangeFillProxy(context, locate);
    this.font = new RangeFontProxy(context, locate);
    this.protection = new FormatProtectionProxy(context, locate);
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(width: number) {
    this.command((target) => {
      if (!target.sheet.protection.options.allowFormatColumns)
        guardEdit(target.sheet, target.block, "format");
      for (let c = 0; c < target.block.columns; c++)
        target.sheet.columnWidths.set(target.block.left + c, width);
    });
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(_wrap: boolean) {
    // The model keeps no alignment: wrapping changes how a cell looks, never what it holds.
    this.command((target) => guardEdit(target.sheet, target.block, "format"));
  }
  protected snapshot(target: RangeTarget) {
    return {
      columnWidth: target.sheet.columnWidths.get(target.block.left) ?? 48,
      wrapText: false,
    };
  }
  protected defaultLoad() {
    return ["columnWidth", "wrapText"];
  }
}
