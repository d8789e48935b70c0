import type { ChangeHandler } from "./model-host";
import type { ModelContext } from "./request-context";

/** `OfficeExtension.EventHandlerResult`: `remove()` unregisters at the next sync of its context. */
export class EventHandlerResult {
  constructor(
    readonly context: ModelContext,
    private readonly entry: ChangeHandler,
  ) {}

  remove(): void {
    this.context.enqueue(() => {
      this.context.host.handlers.delete(this.entry);
    });
  }
}

/** `OfficeExtension.EventHandlers` for `onChanged`: `add()` registers at the next sync, as in Office.js. */
export class ChangeEvent {
  constructor(
    private readonly context: ModelContext,
    /** Absent for `worksheets.onChanged` (every sheet). */
    private readonly sheetId?: () => string,
  ) {}

  add(handler: ChangeHandler["handler"]): EventHandlerResult {
    const entry: ChangeHandler = { handler };
    this.context.enqueue(() => {
      if (this.sheetId) entry.sheetId = this.sheetId();
      this.context.host.handlers.add(entry);
    });
    return new EventHandlerResult(this.context, entry);
  }

  remove(handler: ChangeHandler["handler"]): void {
    this.context.enqueue(() => {
      for (const entry of this.context.host.handlers) {
        if (entry.handler === handler) this.context.host.handlers.delete(entry);
      }
    });
  }
}
