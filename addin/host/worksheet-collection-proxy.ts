import { requireApi } from "./api-sets";
import { CollectionObject } from "./collection-object";
import { ChangeEvent } from "./event-handlers";
import { ModelError } from "./model-error";
import type { Mirror } from "./office-types";
import type { ModelContext } from "./request-context";
import { blankSheet, findSheet, type SheetState } from "./workbook-state";
import { WorksheetProxy } from "./worksheet-proxy";

/** `Excel.WorksheetCollection`: find, add and list sheets; `onChanged` for every sheet (ExcelApi 1.9). */
export class WorksheetCollectionProxy
  extends CollectionObject<SheetState, WorksheetProxy>
  implements
    Mirror<Excel.WorksheetCollection, "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "add">
{
  constructor(context: ModelContext) {
    super(context, "WorksheetCollection");
  }

  get onChanged(): ChangeEvent {
    requireApi(this.context.host.api, "1.9", "WorksheetCollection.onChanged");
    return new ChangeEvent(this.context);
  }

  /** By name or id; `ItemNotFound` at sync time when there is none. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.find(key));
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.find(key), { nullable: true });
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const { state } = this.context.host;
      return state.sheets.find((sheet) => sheet.id === state.activeSheet) ?? state.sheets[0];
    });
  }

  /** Adds a sheet at the end; Excel refuses a name already taken. */
  add(name?: string): WorksheetProxy {
    let added: SheetState | undefined;
    this.context.enqueue(() => {
      const { state } = this.context.host;
      const wanted = name ?? `Sheet${state.sheets.length + 1}`;
      if (findSheet(state, wanted)) {
        throw new ModelError(
          "ItemAlreadyExists",
          `A sheet named '${wanted}' already exists.`,
          "Worksheets.add",
        );
      }
      this.context.host.recordWrite("WorksheetCollection.add");
      added = blankSheet(state, wanted);
      state.sheets.push(added);
    });
    return new WorksheetProxy(this.context, () => added, { known: true });
  }

  protected targets(): SheetState[] {
    return this.context.host.state.sheets;
  }
  protected itemProxy(sheet: SheetState): WorksheetProxy {
    return new WorksheetProxy(this.context, () => sheet, { known: true });
  }
  private find(key: string): SheetState | undefined {
    const { state } = this.context.host;
    return findSheet(state, key) ?? state.sheets.find((sheet) => sheet.id === key);
  }
}
