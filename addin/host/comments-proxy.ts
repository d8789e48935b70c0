import { requireApi } from "./api-sets";
import { type CellArgument, type CellSpot, locateCell } from "./cell-locator";
import { ClientObject } from "./client-object";
import { CollectionObject } from "./collection-object";
import { ModelError } from "./model-error";
import { type RangeProxy, rangeOfCell } from "./range-proxy";
import type { ModelContext } from "./request-context";
import { cellAt, guardEdit, peekCell } from "./sheet-cells";
import type { SheetState } from "./workbook-state";

/** `Excel.Comment` (ExcelApi 1.10): a threaded comment on one cell; replies are not modelled. */
export class CommentProxy extends ClientObject<CellSpot> {
  constructor(
    context: ModelContext,
    locate: () => CellSpot | undefined,
    options: { nullable?: boolean; known?: boolean } = {},
  ) {
    super(context, locate, { ...options, label: "Comment" });
  }
  get id(): string {
    return this.get("id");
  }
  get content(): string {
    return this.get("content");
  }
  set content(content: string) {
    this.command((spot) => {
      const comment = cellAt(spot.sheet, spot.position).comment;
      if (comment) comment.content = content;
    });
  }
  get authorName(): string {
    return this.get("authorName");
  }
  delete(): void {
    this.command((spot) => {
      guardEdit(spot.sheet, undefined, "object");
      delete cellAt(spot.sheet, spot.position).comment;
    });
  }
  /** The comment's cell. */
  getLocation(): RangeProxy {
    return rangeOfCell(this.context, this.locator());
  }
  protected snapshot(spot: CellSpot) {
    const comment = peekCell(spot.sheet, spot.position).comment;
    return {
      id: comment?.id ?? "",
      content: comment?.content ?? "",
      authorName: "Modelled user",
      resolved: false,
    };
  }
  protected defaultLoad() {
    return ["id", "content", "authorName"];
  }
}

/** `Excel.CommentCollection` of the workbook or of one sheet. */
export class CommentCollectionProxy extends CollectionObject<CellSpot, CommentProxy> {
  constructor(
    context: ModelContext,
    private readonly scope?: () => SheetState,
  ) {
    super(context, "CommentCollection");
    requireApi(context.host.api, "1.10", "comments");
  }

  /** Adds a comment; a cell holds at most one thread. */
  add(cellAddress: CellArgument, content: string): CommentProxy {
    let spot: CellSpot | undefined;
    this.context.enqueue(() => {
      const { state } = this.context.host;
      spot = locateCell(state, cellAddress, this.scope?.());
      guardEdit(spot.sheet, undefined, "object");
      const cell = cellAt(spot.sheet, spot.position);
      if (cell.comment)
        throw new ModelError("InvalidOperation", "The cell already has a comment.", "Comment");
      state.nextId += 1;
      cell.comment = { id: `{comment-${state.nextId}}`, content: String(content) };
    });
    return new CommentProxy(this.context, () => spot, { known: true });
  }
  getItem(commentId: string): CommentProxy {
    return new CommentProxy(this.context, () => this.byId(commentId));
  }
  getItemOrNullObject(commentId: string): CommentProxy {
    return new CommentProxy(this.context, () => this.byId(commentId), { nullable: true });
  }
  getItemByCell(cellAddress: CellArgument): CommentProxy {
    return new CommentProxy(this.context, () => {
      const spot = locateCell(this.context.host.state, cellAddress, this.scope?.());
      return peekCell(spot.sheet, spot.position).comment ? spot : undefined;
    });
  }
  protected targets(): CellSpot[] {
    const { state } = this.context.host;
    const sheets = this.scope ? [this.scope()] : state.sheets;
    return sheets.flatMap((sheet) =>
      [...sheet.cells.entries()]
        .filter(([, cell]) => cell.comment !== undefined)
        .map(([address]) => locateCell(state, address, sheet)),
    );
  }
  protected itemProxy(spot: CellSpot): CommentProxy {
    return new CommentProxy(this.context, () => spot, { known: true });
  }
  private byId(id: string): CellSpot | undefined {
    return this.targets().find((spot) => peekCell(spot.sheet, spot.position).comment?.id === id);
  }
}
