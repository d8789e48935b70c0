import type { ExcelRun } from "./excel-run";
import type { OwnWrites } from "./own-writes";

/**
 * Whether a change event is a person's edit, the user's here or a coauthor's (whose edits make the
 * marks stale too), and not the add-in's own write. From ExcelApi 1.14 `triggerSource` tells; before
 * it the add-in's writes run with events off (ExcelApi 1.8), so every event is a person's; only a
 * host without either (Office 2019, ExcelApi 1.7) needs `ownWrites`, the grace after each own write.
 */
export function isUserChange(
  event: Excel.WorksheetChangedEventArgs,
  changeSource: boolean,
  ownWrites?: OwnWrites,
): boolean {
  if (event.source === "Remote") return true;
  if (changeSource) return event.triggerSource !== "ThisLocalAddin";
  return !ownWrites?.active();
}

/**
 * Subscribes to change events: `worksheets.onChanged` (ExcelApi 1.9), or each sheet's `onChanged`
 * on older hosts (sheets added later are then not watched). Returns the unsubscribe.
 */
export function subscribeChanges(
  run: ExcelRun,
  options: { sheetsEvent: boolean; changeSource: boolean; ownWrites?: OwnWrites },
  handler: () => void,
): () => void {
  let active = true;
  let results: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  const listener = async (event: Excel.WorksheetChangedEventArgs) => {
    if (active && isUserChange(event, options.changeSource, options.ownWrites)) handler();
  };
  // A failed registration leaves nothing to remove; the add-in then validates on demand only.
  const registered = run(async (context) => {
    if (options.sheetsEvent) results = [context.workbook.worksheets.onChanged.add(listener)];
    else {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      results = sheets.items.map((sheet) => sheet.onChanged.add(listener));
    }
    await context.sync();
  }).catch((error: unknown) => {
    results = [];
    console.warn("HSØ: could not watch the workbook for changes", error);
  });
  return () => {
    active = false;
    void registered.then(() => {
      const first = results[0];
      if (!first) return;
      return run(first.context as Excel.RequestContext, async (context) => {
        for (const result of results) result.remove();
        await context.sync();
      });
    });
  };
}
