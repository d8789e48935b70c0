import { collectControls } from "./collect-controls";
import type { ContentApi, UndoResult } from "./content-api";
import { type ControlFacts, describeControls } from "./control-facts";
import { unusableReason } from "./control-state";
import { isBusy, type PageActivity } from "./follow-page";
import { namedAsPlanned } from "./moved-fields";
import { normalizeLabel } from "./normalize-label";
import type { PageControl } from "./page-control";
import { readControl, readShown } from "./read-control";
import { readingPass } from "./reading-pass";
import { settle } from "./settle";
import { changedSinceFill, type Snapshot } from "./undo-store";
import { cannotEmpty, restoreSnapshot } from "./write-field";

// Undo and the late read-back's question what changed since a fill: asked after a fill, never in
// one, so they live in profile-tools.js, which the worker injects before the content script for
// them (background/request-scripts.ts: scriptsForCall). The snapshots and what the page did
// since are the content script's (undo-store.ts), which hands them over (content-script.ts).

/**
 * Restores every control of one fill to what it held before, in reverse order of writing. A
 * control changed since the fill (the user typed a correction) is kept as it is and named in
 * `kept`: undo never throws away what the user wrote after the fill. A control that held nothing
 * and cannot be emptied on the page keeps the fill's choice and is named in `cannotEmpty` too; one
 * the page has locked since is left and named in `failed`.
 */
export async function undoFill(doc: Document, snapshots: readonly Snapshot[]): Promise<UndoResult> {
  const restored: string[] = [];
  const notRestored: string[] = [];
  const kept: string[] = [];
  const stays: string[] = [];
  const back: Snapshot[] = [];
  const page = pageControls(doc);
  // The fields written, last first. Those the fill left alone (watched by the late read-back:
  // adversary round 8, F8) are not undo's: it never wrote them, and what the page made of them
  // may be the page's own answer to the user (the review of F8).
  for (const written of snapshots.filter((item) => !item.left).reverse()) {
    const control = fieldNow(written, page);
    if (control === undefined) {
      notRestored.push(written.id);
      continue;
    }
    const snapshot = { ...written, control };
    const connected = snapshot.control.element.isConnected;
    if (connected && changedSinceFill(snapshot)) {
      kept.push(snapshot.id);
      continue;
    }
    // A box the page locked after the fill (read-only, disabled: "Låst etter registrering") takes
    // no typing from a user, and the page's model ignores what is written there: undo does not
    // write it and names it as not put back (adversary round 6, D26), not as one that cannot be emptied.
    const locked = connected && /readonly|disabled/.test(unusableReason(snapshot.control) ?? "");
    if (connected && !locked && cannotEmpty(snapshot)) stays.push(snapshot.id);
    const ok = connected && !locked && (await restoreSnapshot(snapshot));
    (ok ? restored : notRestored).push(snapshot.id);
    if (ok) back.push(snapshot);
  }
  // A control that took its old value may not keep it once the page has handled the events: a
  // Fluent SpinButton takes "" and on blur goes back to its last valid value (adversary round 8,
  // F7). Each is read again once the page is still, where the page has it then.
  if (back.length > 0) await settle(doc);
  const settled = pageControls(doc);
  for (const snapshot of back) {
    const control = fieldNow(snapshot, settled, true);
    if (control !== undefined && holds(control, snapshot)) continue;
    restored.splice(restored.indexOf(snapshot.id), 1);
    notRestored.push(snapshot.id);
  }
  return {
    frameUrl: doc.URL,
    restored: restored.reverse(),
    failed: notRestored.reverse(),
    ...(kept.length > 0 ? { kept: kept.reverse() } : {}),
    cannotEmpty: stays,
  };
}

/** Whether a control holds what it held before the fill (its value, or the text it showed). */
function holds(control: PageControl, snapshot: Snapshot): boolean {
  return (
    readControl(control) === snapshot.value ||
    normalizeLabel(readShown(control)) === normalizeLabel(snapshot.shown)
  );
}

/**
 * The fields of a fill changed since they were read back, with what they show now, what they
 * showed before the fill and whether the user typed into them since; whether a live region says
 * the page is still at work (`busy`: the worker's words); how long the page has been still.
 * `unknown`: this document holds no such fill (ContentApi.kept).
 */
export function keptSinceFill(
  doc: Document,
  busy: string,
  activity: PageActivity,
  snapshots: readonly Snapshot[] | undefined,
): ReturnType<ContentApi["kept"]> {
  const { last, typed } = activity;
  const page = pageControls(doc);
  const changed: ReturnType<ContentApi["kept"]>["changed"] = [];
  for (const snapshot of snapshots ?? []) {
    // A field still on the page under another name and found nowhere else is read where it was
    // written, as before the page moved it. One whose element the page threw away (a unit's draft
    // drawing every box anew: adversary round 8, F6) is read where the page has it now; found
    // nowhere, the page holds nothing of it: changed, never kept (docs/extension.md, "Late read-back").
    const { control: written, id, shown, left } = snapshot;
    // A field the fill left alone is read only where its name and section find it: its old
    // element, given to another row by the page, would show that row's value as its own.
    const control =
      fieldNow(snapshot, page, true) ?? (!left && written.element.isConnected ? written : undefined);
    if (left && control === undefined) continue;
    if (control !== undefined && !changedSinceFill({ ...snapshot, control })) continue;
    const byUser = control !== undefined && typed?.has(control.element) === true;
    changed.push({
      id,
      actual: control === undefined ? "" : readShown(control),
      before: shown,
      typed: byUser,
      ...(left ? { left } : {}),
    });
  }
  return {
    changed,
    busy: isBusy(doc, busy),
    stillMs: Date.now() - last,
    ...(snapshots ? {} : { unknown: true as const }),
  };
}

/**
 * The page's controls with their names and sections, described once per undo or read-back when a
 * field must be looked for (fieldNow), in one reading pass.
 */
function pageControls(doc: Document): () => ControlFacts[] {
  let described: ControlFacts[] | undefined;
  return () => {
    described ??= readingPass(() => describeControls(doc, collectControls(doc)));
    return described;
  };
}

/**
 * The control that is a written field now: the element written, while it has the name and row
 * and column headers it was written by; else, while that element is still on the page under
 * another name (a Vue list sorted after the fill, keyed by index: the element written for DPS
 * shows another row), the one control of the page with the field's name, section (headings,
 * legend, region, tab) and headers (adversary round 6, D27). An element the page replaced is
 * looked for nowhere to write into: a form drawn anew for another unit or year has namesakes that
 * are not the field (review of D17), so it is named as not put back. To read (`reading`: the late
 * read-back) its one namesake is where the page has it now: what that holds is what the page
 * would save there, whoever's form it is (adversary round 8, F6). None, or two namesakes: undefined.
 */
function fieldNow(snapshot: Snapshot, page: () => ControlFacts[], reading = false): PageControl | undefined {
  const { control, facts } = snapshot;
  const connected = control.element.isConnected;
  if (!connected && !reading) return undefined;
  if (connected && namedAsPlanned(control, facts)) return control;
  const namesakes = page().filter(
    (candidate) =>
      candidate.control.element.isConnected &&
      candidate.section === facts.section &&
      namedAsPlanned(candidate.control, facts),
  );
  return namesakes.length === 1 ? namesakes[0]?.control : undefined;
}
