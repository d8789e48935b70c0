import type { FieldNames } from "../content/content-api";
import { fillFields } from "../fill-fields";

/**
 * Every field's id, kind, labels, aliases and choices, sent with each plan/fill/check request:
 * the content script scores the page's controls against all of them (content-api.ts `catalogue`)
 * without bundling the catalogue. The comments of plan-status measures compete too, so one
 * measure's comment box is never another measure's.
 */
export function catalogueNames(): FieldNames[] {
  return fillFields().map((field) => {
    const { shown: _shown, ...names } = field;
    return names;
  });
}
