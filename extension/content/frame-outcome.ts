import { compareControl } from "./compare-control";
import type { FrameResult, MissingReason } from "./content-api";
import { highlight } from "./highlight";
import type { PlannedField } from "./plan-field";

/** A frame's answer as it is being built; `record*` functions add to it. */
export function emptyResult(doc: Document): FrameResult {
  return {
    frameUrl: doc.URL,
    filled: [],
    missing: [],
    mismatched: [],
    matched: [],
    pending: [],
    reasons: {},
  };
}

/** Reports a figure as missing, with why. */
export function recordMissing(result: FrameResult, id: string, reason: MissingReason): void {
  result.missing.push(id);
  result.reasons = { ...result.reasons, [id]: reason };
}

/**
 * Reads a field back and files it: as `sameList` (filled, or matched in check mode) when the page
 * holds the figure, else as mismatched; the outline shows which (green or red).
 */
export function recordReadBack(
  result: FrameResult,
  field: PlannedField,
  sameList: "filled" | "matched",
): void {
  const { same, actual } = compareControl(field.figure, field.control, field.style);
  if (same) {
    result[sameList].push(field.figure.id);
    highlight(field.control, "filled");
  } else {
    result.mismatched.push({ id: field.figure.id, expected: field.expected, actual });
    highlight(field.control, "mismatched");
  }
}
