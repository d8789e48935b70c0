import type { SheetProtection } from "./read-workbook";

/**
 * Runs `queue` with the named sheets' protection lifted and puts it back with the same options, all
 * in the same batch. The templates are protected without a password (against slips, not intent),
 * and Excel refuses formats, notes and locked-cell writes on a protected sheet.
 */
export function withSheetsUnprotected(
  context: Excel.RequestContext,
  sheets: readonly string[],
  protection: Readonly<Record<string, SheetProtection>>,
  queue: () => void,
): void {
  const lifted = [...new Set(sheets)].filter((sheet) => protection[sheet]?.protected);
  for (const sheet of lifted) context.workbook.worksheets.getItem(sheet).protection.unprotect();
  queue();
  for (const sheet of lifted) {
    context.workbook.worksheets.getItem(sheet).protection.protect(protection[sheet]?.options ?? {});
  }
}
