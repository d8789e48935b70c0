import { requireApi } from "./api-sets";
import { type CellArgument, type CellSpot, locateCell } from "./cell-locator";
import { ClientObject, ClientResult } from "./client-object";
import { CollectionObject } from "./collection-object";
import { ModelError } from "./model-error";
import type { Mirror } from "./office-types";
import { type RangeProxy, rangeOfCell } from "./range-proxy";
import type { ModelContext } from "./request-context";
import { cellAt, guardEdit, peekCell } from "./sheet-cells";
import type { SheetState } from "./workbook-state";

/** A comment's text: plain, or the rich content's text (mentions are not modelled). */
function plainText(content: string | Excel.CommentRichContent): string {
  return typeof content === "string" ? content : content.richContent;
}

/** `Excel.Comment` (ExcelApi 1.10): a threaded comment on one cell; replies are not modelled. */
export class CommentProxy
  extends ClientObject<CellSpot>
  implements Mirror<Excel.Comment, "id" | "content" | "authorName" | "resolved" | "delete" | "getLocation">
{
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
      guardEdit(spot.sheet, undefined, "object");
      const comment = cellAt(spot.sheet, spot.position).comment;
      if (comment) comment.content = content;
    });
  }
  get authorName(): string {
    return this.get("authorName");
  }
  /** Whether the thread is resolved (ExcelApi 1.12). */
  get resolved(): boolean {
    requireApi(this.context.host.api, "1.12", "Comment.resolved");
    return this.get("resolved");
  }
  set resolved(resolved: boolean) {
    requireApi(this.context.host.api, "1.12", "Comment.resolved");
    this.command((spot) => {
      guardEdit(spot.sheet, undefined, "object");
      const comment = cellAt(spot.sheet, spot.position).comment;
      if (comment) comment.resolved = resolved;
    }, "resolved");
  }
  /** The thread's replies (ExcelApi 1.10): users answer a comment there. */
  get replies(): CommentReplyCollectionProxy {
    return new CommentReplyCollectionProxy(this.context, this.locator());
  }
  /** Deletes the thread, its replies with it. */
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
      resolved: comment?.resolved === true,
    };
  }
  protected defaultLoad() {
    return ["id", "content", "authorName"];
  }
}

/** `Excel.CommentCollection` of the workbook or of one sheet. */
export class CommentCollectionProxy
  extends CollectionObject<CellSpot, CommentProxy>
  implements Mirror<Excel.CommentCollection, "add" | "getItem" | "getItemOrNullObject" | "getItemByCell">
{
  constructor(
    context: ModelContext,
    private readonly scope?: () => SheetState,
  ) {
    super(context, "CommentCollection");
    requireApi(context.host.api, "1.10", "comments");
  }

  /**
   * Adds a comment. CommentCollection.add: "If it's a string, it must contain the full address,
   * including the sheet name", else InvalidArgument, on a worksheet's collection too. A cell holds
   * one annotation: a thread or a note, not both.
   * https://learn.microsoft.com/javascript/api/excel/excel.commentcollection#excel-excel-commentcollection-add-member(1)
   */
  add(cellAddress: CellArgument, content: string | Excel.CommentRichContent): CommentProxy {
    const text = plainText(content);
    let spot: CellSpot | undefined;
    this.context.enqueue(() => {
      const { state } = this.context.host;
      if (typeof cellAddress === "string" && !cellAddress.includes("!")) {
        throw new ModelError(
          "InvalidArgument",
          `'${cellAddress}' has no sheet name; CommentCollection.add needs the full address.`,
          "CommentCollection.add",
        );
      }
      spot = locateCell(state, cellAddress, this.scope?.());
      guardEdit(spot.sheet, undefined, "object");
      const cell = cellAt(spot.sheet, spot.position);
      if (cell.comment || cell.note !== undefined)
        throw new ModelError("InvalidOperation", "The cell already has a comment or a note.", "Comment");
      this.context.host.recordWrite("CommentCollection.add");
      state.nextId += 1;
      cell.comment = { id: `{comment-${state.nextId}}`, content: text };
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

/** `Excel.CommentReplyCollection`, as far as a test needs it: a user replies, the replies are counted. */
export class CommentReplyCollectionProxy implements Mirror<Excel.CommentReplyCollection, "add" | "getCount"> {
  constructor(
    private readonly context: ModelContext,
    private readonly locate: () => CellSpot | undefined,
  ) {}

  /** Adds a reply to the thread. */
  add(content: string | Excel.CommentRichContent): void {
    const text = plainText(content);
    this.context.enqueue(() => {
      const comment = this.thread();
      this.context.host.state.nextId += 1;
      comment.replies = [
        ...(comment.replies ?? []),
        { id: `{reply-${this.context.host.state.nextId}}`, content: text },
      ];
    });
  }
  getCount(): ClientResult<number> {
    return new ClientResult(this.context, () => this.thread().replies?.length ?? 0);
  }
  private thread() {
    const spot = this.locate();
    const comment = spot && peekCell(spot.sheet, spot.position).comment;
    if (!comment)
      throw new ModelError("ItemNotFound", "The comment does not exist.", "CommentReplyCollection");
    return comment;
  }
}
