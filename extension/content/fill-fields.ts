import { compareControl } from "./compare-control";
import type { FrameResult } from "./content-api";
import { unusableReason } from "./control-state";
import { recordMissing, recordReadBack } from "./frame-outcome";
import type { PlannedField } from "./plan-field";
import { writeControl } from "./write-control";

/**
 * Writes every usable field, lets the page's code react, then reads each one back. Fields that
 * reload the page go last: the first is written and read at once (the page is about to go), the
 * others are reported pending for the service worker to fill after the reload. Nothing is submitted.
 */
export async function fillFields(fields: readonly PlannedField[], result: FrameResult): Promise<void> {
  // Every state is read before the first write: a write can restyle the page and force a relayout.
  const usable = fields.filter((field) => {
    const reason = unusableReason(field.control);
    if (reason !== undefined) recordMissing(result, field.figure.id, reason);
    return reason === undefined;
  });
  const now = usable.filter((field) => !field.reloads);
  const later = usable.filter((field) => field.reloads);
  for (const field of now) write(field);
  // Frameworks settle their state in microtasks (React flushes discrete events before the
  // dispatch returns, Vue on its next tick): after them, a controlled input that refused the value
  // shows so. A macrotask would also wait for the browser to render the page, which is not needed.
  if (now.length > 0) await settled();
  for (const field of now) recordReadBack(result, field, "filled");
  fillReloading(later, result);
}

/**
 * Fields that reload the page: one already holding its figure is left alone (writing it would
 * reload the page for nothing); the first that does not is written, and the others wait.
 */
function fillReloading(fields: readonly PlannedField[], result: FrameResult): void {
  for (const [index, field] of fields.entries()) {
    if (field.text === undefined || compareControl(field.figure, field.control, field.style).same) {
      recordReadBack(result, field, "filled");
      continue;
    }
    write(field);
    recordReadBack(result, field, "filled");
    result.reloading = true;
    result.pending = fields.slice(index + 1).map((rest) => rest.figure.id);
    return;
  }
}

function write(field: PlannedField): void {
  if (field.text !== undefined) writeControl(field.control, field.text);
}

async function settled(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await Promise.resolve();
}
