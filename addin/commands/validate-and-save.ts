import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { judge } from "../components/validation-loop";

/** How a "Validate & save" ended. */
export interface SaveOutcome {
  saved: boolean;
  errors: number;
  warnings: number;
}

/**
 * docs/addin.md's answer to "no save event": validate, then save; with errors the user is asked first and
 * the workbook is saved only if they confirm. The ribbon command and the pane's button both use this.
 */
export async function validateAndSave(
  adapter: WorkbookAdapter,
  confirmWithErrors: (errors: number) => Promise<boolean>,
): Promise<SaveOutcome> {
  const report = judge(await adapter.read(), "edit");
  const { errors, warnings } = report.stats;
  // Where Excel cannot save from an add-in, asking "save with errors?" would promise what cannot be done.
  if (!adapter.capabilities().save) return { saved: false, errors, warnings };
  if (errors > 0 && !(await confirmWithErrors(errors))) return { saved: false, errors, warnings };
  await adapter.save();
  return { saved: true, errors, warnings };
}
