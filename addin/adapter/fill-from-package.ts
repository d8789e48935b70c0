import type { SubmissionPackage } from "../../shared/package/submission-package";
import { detectTemplates } from "../../shared/report/workbook-input";
import { readableAddress, splitAddress } from "./cell-reference";
import { type FillWrite, identityRefusals, isFilled, planFill, sameValue, writesToMake } from "./fill-plan";
import { quietly } from "./quiet-writes";
import type { SheetProtection } from "./read-workbook";
import { withSheetsUnprotected } from "./sheet-protection";
import type { FillConflict, FillResult } from "./workbook-adapter";

/** What a fill changed, cell by cell, so `undoFill` can put back exactly what was there. */
export interface FillUndo {
  cells: { cell: string; before: string | number | boolean }[];
  protection: Record<string, SheetProtection>;
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface Target extends FillWrite {
  cell: string;
  /** What `formulas` gave: the formula with `=`, or the value. */
  before: string | number | boolean;
}

async function readTargets(run: Run, previous: SubmissionPackage, year: number | undefined) {
  return run(async (context) => {
    const { workbook } = context;
    const names = workbook.names.load("items/name");
    const sheets = workbook.worksheets.load(
      "items/name, items/protection/protected, items/protection/options",
    );
    await context.sync();
    const writes = planFill(previous, detectTemplates(names.items.map((item) => item.name)), year);
    const ranges = writes.map((write) =>
      workbook.names.getItemOrNullObject(write.name).getRangeOrNullObject().load("address, formulas"),
    );
    await context.sync();
    const targets: Target[] = [];
    writes.forEach((write, index) => {
      const range = ranges[index];
      if (!range || range.isNullObject) return;
      targets.push({
        ...write,
        cell: readableAddress(range.address),
        before: range.formulas[0]?.[0] as string,
      });
    });
    const protection = Object.fromEntries(
      sheets.items.map((sheet) => [
        sheet.name,
        { protected: sheet.protection.protected, options: sheet.protection.options },
      ]),
    );
    return { targets, protection };
  });
}

/**
 * Fills last year's figures and this year's identity. A unit or year cell that holds another value
 * than the fill's refuses the whole fill: nothing is written and the cells are named. Any other cell
 * that already holds something else is a conflict: the user is asked once for all of them, and
 * without a yes they are left alone. `year` is the workbook's own year when the user chose a package
 * of another year: the identity keeps it, and the sheet records the package's year as that of its
 * `prev.` cells. Returns the result and what to undo.
 */
export async function fillFromPackage(
  run: Run,
  previous: SubmissionPackage,
  confirmOverwrite: (conflicts: readonly FillConflict[]) => Promise<boolean>,
  year?: number,
): Promise<{ result: FillResult; undo: FillUndo }> {
  const { targets, protection } = await readTargets(run, previous, year);
  const refused = identityRefusals(targets);
  if (refused.length > 0) {
    return { result: { written: 0, skipped: [], refused }, undo: { cells: [], protection } };
  }
  const changing = targets.filter((target) => !sameValue(target.before, target.incoming));
  const conflicts: FillConflict[] = changing
    .filter((target) => isFilled(target.before))
    .map((target) => ({
      name: target.name,
      cell: target.cell,
      current: target.before,
      incoming: target.incoming,
    }));
  const overwrite = conflicts.length > 0 && (await confirmOverwrite(conflicts));
  const writes = writesToMake(changing, (target) => isFilled(target.before), overwrite);
  await run(async (context) => {
    writeCells(
      context,
      writes.map((target) => ({ cell: target.cell, value: target.incoming })),
      protection,
    );
    await context.sync();
  });
  return {
    result: { written: writes.length, skipped: overwrite ? [] : conflicts, refused: [] },
    undo: { cells: writes.map((target) => ({ cell: target.cell, before: target.before })), protection },
  };
}

/** Queues values into cells (lifting protection for `prev.` cells, which are locked) and syncs once. */
export function writeCells(
  context: Excel.RequestContext,
  cells: readonly { cell: string; value: string | number | boolean }[],
  protection: Readonly<Record<string, SheetProtection>>,
): void {
  const sheets = cells.map((entry) => splitAddress(entry.cell).sheet);
  withSheetsUnprotected(context, sheets, protection, () =>
    quietly(context, () => {
      for (const entry of cells) {
        const { sheet, cell } = splitAddress(entry.cell);
        const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
        // An org. no. or other text is written with an apostrophe so Excel never turns it into a number.
        const text = typeof entry.value === "string" && entry.value !== "" && !entry.value.startsWith("=");
        range.formulas = [[text ? `'${entry.value}` : entry.value]];
      }
    }),
  );
}

/** Puts back what the last fill changed, exactly (values and formulas), in one sync. */
export async function undoFill(run: Run, undo: FillUndo): Promise<void> {
  if (undo.cells.length === 0) return;
  await run(async (context) => {
    writeCells(
      context,
      undo.cells.map((entry) => ({ cell: entry.cell, value: entry.before })),
      undo.protection,
    );
    await context.sync();
  });
}
