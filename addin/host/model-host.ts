import { type HostApi, isSetSupported } from "./api-sets";

/**
 * APIs that clear the user's undo stack on every host: Microsoft's "Undo capabilities" page lists the
 * APIs without undo support (worksheet protection among them), and writing custom XML parts clears it.
 * Before ExcelApi 1.20 every API write clears it.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities
 */
const WITHOUT_UNDO = /^(WorksheetProtection\.(protect|unprotect)|CustomXmlPart)/;

import type { WorkbookState } from "./workbook-state";

/** Who changed a cell: the user here, a coauthor, or an add-in through the API. */
export interface CellChange {
  sheetId: string;
  address: string;
  source: "Local" | "Remote";
  /** Set for API writes on hosts with ExcelApi 1.14 (`triggerSource`). */
  byAddin: boolean;
}

/** A registered `onChanged` handler: for one sheet, or every sheet (`worksheets.onChanged`). */
export interface ChangeHandler {
  sheetId?: string;
  handler: (event: Excel.WorksheetChangedEventArgs) => unknown;
}

/**
 * The shared state behind every request context: the workbook data, the host's API level, the
 * round-trip counter, registered event handlers and the listeners of the model (the playground grid).
 */
export class ModelHost {
  roundTrips = 0;
  saves = 0;
  /** How each `workbook.save()` was asked to save (`Save`, `Prompt`). */
  readonly saveBehaviors: string[] = [];
  /** `Office.context.document.url`: empty for a workbook never saved. */
  documentUrl = "";
  readonly handlers = new Set<ChangeHandler>();
  readonly listeners = new Set<() => void>();
  /** Each API call that cleared the user's undo stack, by name (`WorksheetProtection.protect`…). */
  readonly undoClears: string[] = [];
  /** `context.runtime.enableEvents` (ExcelApi 1.8): while false, this add-in hears no events. */
  eventsEnabled = true;
  private pending: CellChange[] = [];

  constructor(
    readonly state: WorkbookState,
    readonly api: HostApi,
  ) {}

  /** Notes a value change; handlers hear of it when the batch (or the typing) ends. */
  recordChange(change: CellChange): void {
    // Events off are off for this add-in whoever changed the cell, until it turns them on again.
    if (!this.eventsEnabled) return;
    this.pending.push(change);
  }

  /** Notes an API write: it clears the undo stack where the host cannot undo it. */
  recordWrite(api: string): void {
    if (WITHOUT_UNDO.test(api) || !isSetSupported(this.api, "ExcelApi", "1.20")) this.undoClears.push(api);
  }

  /** Ends a batch: tells `onChanged` handlers and model listeners what changed. */
  afterBatch(): Promise<void> {
    const changes = this.pending;
    this.pending = [];
    const calls: Promise<unknown>[] = [];
    for (const change of changes) {
      for (const entry of this.handlers) {
        if (entry.sheetId !== undefined && entry.sheetId !== change.sheetId) continue;
        calls.push(Promise.resolve().then(() => entry.handler(this.eventOf(change))));
      }
    }
    for (const listener of this.listeners) listener();
    // A failing handler is the add-in's bug, not the workbook's: Excel goes on, and so does the model.
    return Promise.allSettled(calls).then(() => undefined);
  }

  private eventOf(change: CellChange): Excel.WorksheetChangedEventArgs {
    const changeSource = isSetSupported(this.api, "ExcelApi", "1.14");
    return {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: change.source,
      worksheetId: change.sheetId,
      address: change.address,
      ...(changeSource ? { triggerSource: change.byAddin ? "ThisLocalAddin" : "Unknown" } : {}),
    } as unknown as Excel.WorksheetChangedEventArgs;
  }
}
