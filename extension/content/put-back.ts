import type { PutBackRequest } from "./content-api";
import type { HighlightState } from "./highlight";
import { namedAsPlanned } from "./moved-fields";
import { rollBack } from "./read-back";
import { readControl } from "./read-control";
import type { Snapshot } from "./undo-store";

// Asked only after the late read-back (background/verify-fill.ts), never in a fill: it lives in
// profile-tools.js, which the worker injects before the content script for it
// (background/request-scripts.ts: scriptsForCall). The snapshots and the marks are the content
// script's, which hands them over (content-script.ts), as for undo.

/**
 * After the late read-back: marks the fields the worker names as not holding the figure (with
 * the content script's `mark`, so its clearHighlights removes them), and puts `restore` back to
 * what they held before the fill, as the read-back does (rollBack); each then counts as filled
 * with what it holds now, so a later change is the page's again (the worker reads again as long
 * after this as after the fill).
 */
export async function putBackFields(
  snapshots: readonly Snapshot[],
  request: PutBackRequest,
  mark: (element: Element, state: HighlightState) => void,
): Promise<{ id: string; restored: boolean }[]> {
  const answers = [];
  for (const snapshot of snapshots) {
    const { id, control } = snapshot;
    if (request.mark.includes(id)) mark(control.element, "mismatched");
    if (!request.restore.includes(id)) continue;
    // Never into an element the page has since given to another row (a sort: round 6, D27).
    const there = control.element.isConnected && namedAsPlanned(control, snapshot.facts);
    answers.push({ id, restored: there && (await rollBack(snapshot)) });
    // What the field holds now, for undo's "changed since" (not another row's value).
    if (there) snapshot.after = readControl(control);
  }
  return answers;
}
