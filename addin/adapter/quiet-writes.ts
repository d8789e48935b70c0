/** Batches whose writes are bracketed by `enableEvents` off and on (see `markQuiet`). */
const QUIET = new WeakSet<object>();

/** Marks a batch's context: its writes raise no events for this add-in (`context.runtime`, ExcelApi 1.8). */
export function markQuiet(context: Excel.RequestContext): void {
  QUIET.add(context);
}

/**
 * Queues writes between `context.runtime.enableEvents = false` and `= true`, in the same batch, so
 * on hosts without `triggerSource` (before ExcelApi 1.14) the add-in does not hear its own writes
 * as a user's edit, and a user's edit right after them is not dropped as if it were the add-in's.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#enable-and-disable-events
 */
export function quietly(context: Excel.RequestContext, queue: () => void): void {
  const quiet = QUIET.has(context);
  if (quiet) context.runtime.enableEvents = false;
  try {
    queue();
  } finally {
    if (quiet) context.runtime.enableEvents = true;
  }
}
