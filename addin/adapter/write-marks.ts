import { splitAddress } from "./cell-reference";
import type { MarkPlan } from "./mark-plan";
import { MARKS_NAME, type MarkEntry, marksFormula } from "./mark-record";
import type { MarkState } from "./read-workbook";
import { withSheetsUnprotected } from "./sheet-protection";

function restoreFill(range: Excel.Range, colour: string): void {
  // White is how Excel reports "no fill"; clearing gives the cell back its real "no fill".
  if (colour.toUpperCase() === "#FFFFFF") range.format.fill.clear();
  else range.format.fill.color = colour;
}

function clearOld(context: Excel.RequestContext, plan: MarkPlan, state: MarkState): void {
  const { workbook } = context;
  for (const entry of plan.clear) {
    const { sheet, cell } = splitAddress(entry.cell);
    const worksheet = workbook.worksheets.getItem(sheet);
    restoreFill(worksheet.getRange(cell), entry.fill);
    if (entry.kind === "note") worksheet.notes.getItemOrNullObject(cell).delete();
  }
  for (const id of state.ownComments) workbook.comments.getItemOrNullObject(id).delete();
}

function writeNew(context: Excel.RequestContext, plan: MarkPlan, strayNotes: ReadonlySet<string>): void {
  const { workbook } = context;
  for (const mark of plan.write) {
    const { sheet, cell } = splitAddress(mark.cell);
    const worksheet = workbook.worksheets.getItem(sheet);
    // A note of the add-in's own left by an interrupted batch is taken off before it is written anew.
    if (strayNotes.has(mark.cell)) worksheet.notes.getItemOrNullObject(cell).delete();
    worksheet.getRange(cell).format.fill.color = mark.colour;
    if (mark.kind === "note") worksheet.notes.add(cell, mark.text);
    if (mark.kind === "comment") worksheet.comments.add(cell, mark.text);
  }
}

function writeRecord(context: Excel.RequestContext, plan: MarkPlan, state: MarkState): MarkEntry[] {
  const entries = plan.write.map((mark) => ({ ref: mark.ref, fill: mark.original, kind: mark.kind }));
  const names = context.workbook.names;
  if (state.marksNameExists && entries.length === 0) names.getItem(MARKS_NAME).delete();
  else if (state.marksNameExists) names.getItem(MARKS_NAME).formula = marksFormula(entries);
  else if (entries.length > 0) names.add(MARKS_NAME, marksFormula(entries)).visible = false;
  return entries;
}

/**
 * Queues one batch that takes the last marks off (fills restored, the add-in's notes and comments
 * deleted), puts the new ones on and records them in a hidden name. Only formats, notes and
 * comments change: values are never touched. Protected sheets are lifted and restored around it.
 */
export function queueMarks(
  context: Excel.RequestContext,
  plan: MarkPlan,
  state: MarkState,
  strayNotes: ReadonlySet<string> = new Set(),
): MarkState {
  const sheets = [...plan.clear.map((entry) => entry.cell), ...plan.write.map((mark) => mark.cell)].map(
    (cell) => splitAddress(cell).sheet,
  );
  let entries: MarkEntry[] = [];
  withSheetsUnprotected(context, sheets, state.protection, () => {
    clearOld(context, plan, state);
    writeNew(context, plan, strayNotes);
    entries = writeRecord(context, plan, state);
  });
  return { ...state, marks: entries, marksNameExists: entries.length > 0, ownComments: [] };
}
