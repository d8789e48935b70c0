import type { ControlFacts } from "./control-facts";
import { type PageActivity, watchActivity } from "./follow-page";
import { type PageControl, radioChecked } from "./page-control";
import { readControl, readShown } from "./read-control";

/** What a control held before a fill wrote it. */
export interface Snapshot {
  id: string;
  control: PageControl;
  /**
   * The name and headers it was written by: a page that sorts or draws its rows again gives the
   * element to another field, and undo finds the field by them (undo-fill.ts, fieldNow).
   */
  facts: Pick<ControlFacts, "name" | "context" | "section">;
  value: string;
  shown: string;
  /** Which radio of a group was checked (-1: none). */
  checkedRadio: number;
  /**
   * What the control held when the fill was done (set by keepSnapshots): a control that holds
   * something else at undo was changed since, by the user, and undo leaves it alone.
   */
  after?: string;
  /**
   * A field the fill left alone, holding a value of its own before the fill: the late read-back
   * watches it and reports a change the page made there (undo-fill.ts); undo never writes it.
   */
  left?: true;
}

const stores = new Map<string, Snapshot[]>();
const activities = new Map<string, PageActivity>();
let counter = 0;

/**
 * How long after a fill the page's activity is watched: the late read-back's bound (5 s) and two
 * put backs' (3 s each, background/verify-fill.ts), and some.
 */
const WATCH_MS = 15_000;

/** What a control holds now, to be restored by undo. */
export function snapshotOf(id: string, facts: ControlFacts): Snapshot {
  const { control } = facts;
  const checkedRadio = control.radios?.findIndex(radioChecked) ?? -1;
  return { id, control, facts, value: readControl(control), shown: readShown(control), checkedRadio };
}

/**
 * Keeps a fill's snapshots, with what each control holds now the fill is done, and those of the
 * fields it left alone with what they held before it (a change the page made during the fill is
 * one since), and starts watching what the page does next (the late read-back follows it);
 * answers the undo id.
 */
export function keepSnapshots(snapshots: Snapshot[], left: Snapshot[]): string {
  counter += 1;
  const undoId = `${Date.now().toString(36)}-${counter}`;
  const doc = snapshots[0]?.control.element.ownerDocument;
  if (doc) activities.set(undoId, watchActivity(doc, WATCH_MS));
  stores.set(undoId, [
    ...snapshots.map((snapshot) => ({ ...snapshot, after: readControl(snapshot.control) })),
    ...left.map((snapshot) => ({ ...snapshot, after: snapshot.value, left: true as const })),
  ]);
  return undoId;
}

/** Whether the control was changed since the fill (the user corrected a figure): undo keeps it. */
export function changedSinceFill(snapshot: Snapshot): boolean {
  return snapshot.after !== undefined && readControl(snapshot.control) !== snapshot.after;
}

/** A fill's snapshots, left in the store (the late read-back after a fill, follow-page.ts). */
export function peekSnapshots(undoId: string): Snapshot[] | undefined {
  return stores.get(undoId);
}

/** What the page did since the fill (nothing known: as if it changed at once). */
export function activityOf(undoId: string): PageActivity {
  return activities.get(undoId) ?? { last: Date.now() };
}

/** A fill's snapshots, taken out of the store (an undo is done once). */
export function takeSnapshots(undoId: string): Snapshot[] | undefined {
  const snapshots = stores.get(undoId);
  stores.delete(undoId);
  activities.delete(undoId);
  return snapshots;
}
