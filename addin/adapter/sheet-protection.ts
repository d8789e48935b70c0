import type { SheetProtection } from "./read-workbook";

/**
 * How the add-in protects a template sheet: without a password (against slips, not intent), locked
 * labels and formulas, and formats and objects (notes, comments) allowed, so marks need no
 * unprotect: `protect`/`unprotect` clear the user's undo stack on every host.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities
 */
export const TEMPLATE_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatCells: true,
  allowEditObjects: true,
};

/** Per sheet, whether a batch changes cell formats and notes or comments. */
export type SheetNeeds = Record<string, { formats: boolean; objects: boolean }>;

function allows(protection: SheetProtection | undefined, need: SheetNeeds[string]): boolean {
  if (!protection?.protected) return true;
  const { options } = protection;
  return (
    (!need.formats || options.allowFormatCells === true) &&
    (!need.objects || options.allowEditObjects === true)
  );
}

/**
 * Runs `queue` on sheets whose protection allows what it changes. A sheet protected without those
 * allowances (a template from elsewhere) is unprotected and protected again in the same batch with
 * formats and objects added, so this costs the user's undo stack once, not on every pass.
 */
export function withSheetsOpen(
  context: Excel.RequestContext,
  needs: SheetNeeds,
  protection: Readonly<Record<string, SheetProtection>>,
  queue: () => void,
): void {
  const closed = Object.entries(needs)
    .filter(([sheet, need]) => !allows(protection[sheet], need))
    .map(([sheet]) => sheet);
  for (const sheet of closed) context.workbook.worksheets.getItem(sheet).protection.unprotect();
  queue();
  for (const sheet of closed) {
    const options = { ...protection[sheet]?.options, allowFormatCells: true, allowEditObjects: true };
    context.workbook.worksheets.getItem(sheet).protection.protect(options);
  }
}

/**
 * Runs `queue` with the named sheets' protection lifted and puts it back with the same options, all
 * in the same batch: for an explicit fill, which writes last year's figures into locked cells.
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
