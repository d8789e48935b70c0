import { type HostApi, isSetSupported } from "./api-sets";
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
  readonly handlers = new Set<ChangeHandler>();
  readonly listeners = new Set<() => void>();
  private pending: CellChange[] = [];

  constructor(
    readonly state: WorkbookState,
    readonly api: HostApi,
  ) {}

  /** Notes a value change; handlers hear of it when the batch (or the typing) ends. */
  recordChange(change: CellChange): void {
    this.pending.push(change);
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
