import type { ExcelRun } from "./excel-run";

const SAVE_UNSUPPORTED =
  "Denne Excel-versjonen kan ikke lagre fra tillegget (ExcelApi 1.11); lagre med Ctrl+S. / " +
  "This Excel cannot save from the add-in (ExcelApi 1.11); save with Ctrl+S.";

/**
 * Saves the workbook (ExcelApi 1.11). A workbook never saved has no address yet: `Save` would save
 * it under a default name in a default folder, and fails on a Mac when that name is taken
 * (OfficeDev/office-js#3875, where Microsoft advises `Prompt`), so it is saved with Excel's prompt.
 * https://github.com/OfficeDev/office-js/issues/3875
 */
export async function saveWorkbook(run: ExcelRun, supported: boolean, documentUrl: string | undefined) {
  if (!supported) throw new Error(SAVE_UNSUPPORTED);
  const behavior = documentUrl ? "Save" : "Prompt";
  await run(async (context) => {
    context.workbook.save(behavior as Excel.SaveBehavior);
    await context.sync();
  });
}
