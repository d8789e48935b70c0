import { splitAddress } from "./cell-reference";
import { MARKS_NAME, type MarkEntry, marksFormula } from "./mark-record";
import type { MarkStep } from "./mark-steps";
import { quietly } from "./quiet-writes";
import type { MarkState } from "./read-workbook";
import { type SheetNeeds, withSheetsOpen } from "./sheet-protection";

function rangeOf(context: Excel.RequestContext, address: string): Excel.Range {
  const { sheet, cell } = splitAddress(address);
  return context.workbook.worksheets.getItem(sheet).getRange(cell);
}

function notesOf(context: Excel.RequestContext, address: string) {
  const { sheet, cell } = splitAddress(address);
  return { notes: context.workbook.worksheets.getItem(sheet).notes, cell };
}

/**
 * Office.js for one step. Notes and comments are given a Range, never a bare address:
 * CommentCollection.add needs the sheet in a text address (InvalidArgument otherwise).
 * https://learn.microsoft.com/javascript/api/excel/excel.commentcollection
 */
const STEPS: {
  [Op in MarkStep["op"]]: (context: Excel.RequestContext, step: Extract<MarkStep, { op: Op }>) => void;
} = {
  paint: (context, step) => {
    rangeOf(context, step.cell).format.fill.color = step.colour;
  },
  restore: (context, step) => {
    const fill = rangeOf(context, step.cell).format.fill;
    // White is how Excel reports "no fill"; clearing gives the cell back its real "no fill".
    if (step.fill.toUpperCase() === "#FFFFFF") fill.clear();
    else fill.color = step.fill;
  },
  addNote: (context, step) => {
    context.workbook.notes.add(rangeOf(context, step.cell), step.text);
  },
  setNote: (context, step) => {
    const { notes, cell } = notesOf(context, step.cell);
    notes.getItem(cell).content = step.text;
  },
  deleteNote: (context, step) => {
    const { notes, cell } = notesOf(context, step.cell);
    notes.getItem(cell).delete();
  },
  addComment: (context, step) => {
    context.workbook.comments.add(rangeOf(context, step.cell), step.text);
  },
  setComment: (context, step) => {
    const comment = context.workbook.comments.getItem(step.id);
    if (step.reopen) comment.resolved = false;
    comment.content = step.text;
  },
  resolveComment: (context, step) => {
    const comment = context.workbook.comments.getItem(step.id);
    comment.content = step.text;
    comment.resolved = true;
  },
  deleteComment: (context, step) => {
    context.workbook.comments.getItem(step.id).delete();
  },
};

function queueStep(context: Excel.RequestContext, step: MarkStep): void {
  (STEPS[step.op] as (context: Excel.RequestContext, step: MarkStep) => void)(context, step);
}

/** What each sheet needs its protection to allow for these steps. */
function needsOf(steps: readonly MarkStep[]): SheetNeeds {
  const needs: SheetNeeds = {};
  for (const step of steps) {
    if (step.cell === undefined) continue;
    const { sheet } = splitAddress(step.cell);
    const need = needs[sheet] ?? { formats: false, objects: false };
    if (step.op === "paint" || step.op === "restore") need.formats = true;
    else need.objects = true;
    needs[sheet] = need;
  }
  return needs;
}

function writeRecord(context: Excel.RequestContext, record: readonly MarkEntry[], state: MarkState): void {
  const names = context.workbook.names;
  if (state.marksNameExists && record.length === 0) names.getItem(MARKS_NAME).delete();
  else if (state.marksNameExists) names.getItem(MARKS_NAME).formula = marksFormula(record);
  else if (record.length > 0) names.add(MARKS_NAME, marksFormula(record)).visible = false;
}

/**
 * Queues one batch of marks: the steps, then the record in a hidden name. Only formats, notes and
 * comments change: values are never touched. Templates are protected allowing formats and objects,
 * so marks need no unprotect (which would clear the user's undo stack); a sheet protected without
 * them is opened once and protected again with them added.
 */
export function queueMarks(
  context: Excel.RequestContext,
  steps: readonly MarkStep[],
  record: readonly MarkEntry[],
  state: MarkState,
): MarkState {
  withSheetsOpen(context, needsOf(steps), state.protection, () =>
    quietly(context, () => {
      for (const step of steps) queueStep(context, step);
      writeRecord(context, record, state);
    }),
  );
  return { ...state, marks: [...record], marksNameExists: record.length > 0 };
}
