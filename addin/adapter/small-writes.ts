import { noteName } from "../../shared/templates/names";
import { splitAddress } from "./cell-reference";
import { META_NAMESPACE, metaXml } from "./meta-part";
import { quietly } from "./quiet-writes";
import type { TemplateMeta } from "./workbook-adapter";

/** Selects a cell (`Sheet!C7`) and brings its sheet to the front: one sync. */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheet, cell } = splitAddress(address);
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}

/**
 * Writes explanations into the `note.` cells (unlocked inputs): one sync. Text that Excel would read
 * as a formula gets an apostrophe, so it stays text (docs/addin.md).
 */
export async function writeNotes(
  context: Excel.RequestContext,
  notes: Readonly<Record<string, string>>,
): Promise<void> {
  quietly(context, () => {
    for (const [fieldId, text] of Object.entries(notes)) {
      const range = context.workbook.names.getItemOrNullObject(noteName(fieldId)).getRangeOrNullObject();
      range.values = [[/^[=+\-@']/.test(text) ? `'${text}` : text]];
    }
  });
  await context.sync();
}

/**
 * Replaces the namespaced meta part. Writing custom XML clears Excel's undo stack, so this runs only
 * on explicit actions (insert, export, validate & save), never in the continuous pass.
 */
export async function writeMeta(
  context: Excel.RequestContext,
  meta: TemplateMeta,
  supported: boolean,
): Promise<void> {
  if (!supported) return;
  const existing = context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).load("items/id");
  await context.sync();
  for (const part of existing.items) part.delete();
  context.workbook.customXmlParts.add(metaXml(meta));
  await context.sync();
}
