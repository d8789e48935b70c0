import { requireApi } from "./api-sets";
import { type CellArgument, type CellSpot, locateCell } from "./cell-locator";
import { ClientObject } from "./client-object";
import { CollectionObject } from "./collection-object";
import { ModelError } from "./model-error";
import type { Mirror } from "./office-types";
import { type RangeProxy, rangeOfCell } from "./range-proxy";
import type { ModelContext } from "./request-context";
import { cellAt, guardEdit, peekCell } from "./sheet-cells";
import type { SheetState } from "./workbook-state";

/** `Excel.Note` (ExcelApi 1.18): the legacy yellow note on one cell. */
export class NoteProxy
  extends ClientObject<CellSpot>
  implements Mirror<Excel.Note, "content" | "visible" | "delete" | "getLocation">
{
  constructor(
    context: ModelContext,
    locate: () => CellSpot | undefined,
    options: { nullable?: boolean; known?: boolean } = {},
  ) {
    super(context, locate, { ...options, label: "Note" });
  }
  get content(): string {
    return this.get("content");
  }
  set content(content: string) {
    this.command((spot) => {
      guardEdit(spot.sheet, undefined, "object");
      cellAt(spot.sheet, spot.position).note = content;
    });
  }
  get visible(): boolean {
    return this.get("visible");
  }
  delete(): void {
    this.command((spot) => {
      guardEdit(spot.sheet, undefined, "object");
      delete cellAt(spot.sheet, spot.position).note;
    });
  }
  /** The note's cell. */
  getLocation(): RangeProxy {
    return rangeOfCell(this.context, this.locator());
  }
  protected snapshot(spot: CellSpot) {
    return {
      content: peekCell(spot.sheet, spot.position).note ?? "",
      visible: false,
      height: 60,
      width: 120,
    };
  }
  protected defaultLoad() {
    return ["content", "visible"];
  }
}

/** `Excel.NoteCollection` of the workbook or of one sheet; keys are cell addresses. */
export class NoteCollectionProxy
  extends CollectionObject<CellSpot, NoteProxy>
  implements Mirror<Excel.NoteCollection, "add" | "getItem" | "getItemOrNullObject" | "getItemAt">
{
  constructor(
    context: ModelContext,
    private readonly scope?: () => SheetState,
  ) {
    super(context, "NoteCollection");
    requireApi(context.host.api, "1.18", "notes");
  }

  /** Adds a note; a cell holds at most one. */
  add(cellAddress: CellArgument, content: string): NoteProxy {
    let spot: CellSpot | undefined;
    this.context.enqueue(() => {
      spot = locateCell(this.context.host.state, cellAddress, this.scope?.());
      guardEdit(spot.sheet, undefined, "object");
      const cell = cellAt(spot.sheet, spot.position);
      // One annotation per cell: Excel converts or refuses, it never holds a note beside a thread.
      if (cell.note !== undefined || cell.comment)
        throw new ModelError("InvalidOperation", "The cell already has a note or a comment.", "Note");
      this.context.host.recordWrite("NoteCollection.add");
      cell.note = String(content);
    });
    return new NoteProxy(this.context, () => spot, { known: true });
  }
  getItem(key: string): NoteProxy {
    return new NoteProxy(this.context, () => this.find(key));
  }
  getItemOrNullObject(key: string): NoteProxy {
    return new NoteProxy(this.context, () => this.find(key), { nullable: true });
  }
  getItemAt(index: number): NoteProxy {
    return new NoteProxy(this.context, () => this.targets()[index]);
  }
  protected targets(): CellSpot[] {
    const sheets = this.scope ? [this.scope()] : this.context.host.state.sheets;
    return sheets.flatMap((sheet) =>
      [...sheet.cells.entries()]
        .filter(([, cell]) => cell.note !== undefined)
        .map(([address]) => ({
          sheet,
          position: locateCell(this.context.host.state, address, sheet).position,
        })),
    );
  }
  protected itemProxy(spot: CellSpot): NoteProxy {
    return new NoteProxy(this.context, () => spot, { known: true });
  }
  private find(key: string): CellSpot | undefined {
    const spot = locateCell(this.context.host.state, key, this.scope?.());
    return peekCell(spot.sheet, spot.position).note === undefined ? undefined : spot;
  }
}
