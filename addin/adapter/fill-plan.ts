import type { SubmissionPackage } from "../../shared/package/submission-package";
import { TEMPLATES } from "../../shared/templates/catalogue";
import type { TemplateId } from "../../shared/templates/field";
import { previousName } from "../../shared/templates/names";

/** One value a fill wants to write under a defined name. */
export interface FillWrite {
  name: string;
  incoming: string | number;
}

/**
 * What filling from last year's package writes (docs/addin.md): its figures into the `prev.` names, and
 * the identity for this year: the same unit, the year after. Only templates the workbook holds.
 */
export function planFill(previous: SubmissionPackage, templates: readonly TemplateId[]): FillWrite[] {
  const writes: FillWrite[] = [];
  for (const id of templates) {
    for (const field of TEMPLATES[id].fields) {
      if (field.kind === "org") writes.push({ name: field.id, incoming: previous.unit.org });
      else if (field.kind === "year") writes.push({ name: field.id, incoming: previous.year + 1 });
      const value = previous.values[field.id];
      if (field.compared && value !== undefined)
        writes.push({ name: previousName(field.id), incoming: value });
    }
  }
  return writes;
}

/** Whether a cell's current value already says what the fill would write (org. no. as text or number). */
export function sameValue(current: unknown, incoming: string | number): boolean {
  return current === incoming || String(current).replace(/\s/g, "") === String(incoming);
}

/** Whether a cell holds anything (Office.js gives "" for an empty cell). */
export function isFilled(current: unknown): boolean {
  return current !== "" && current !== null && current !== undefined;
}
