import type { PageControl } from "./page-control";
import { readControl, readShown } from "./read-control";

/** What a control held before a fill wrote it. */
export interface Snapshot {
  id: string;
  control: PageControl;
  value: string;
  shown: string;
  /** Which radio of a group was checked (-1: none). */
  checkedRadio: number;
  /**
   * What the control held when the fill was done (set by keepSnapshots): a control that holds
   * something else at undo was changed since, by the user, and undo leaves it alone.
   */
  after?: string;
}

const stores = new Map<string, Snapshot[]>();
let counter = 0;

/** What a control holds now, to be restored by undo. */
export function snapshotOf(id: string, control: PageControl): Snapshot {
  const checkedRadio = control.radios?.findIndex((radio) => radio.checked) ?? -1;
  return { id, control, value: readControl(control), shown: readShown(control), checkedRadio };
}

/** Keeps a fill's snapshots, with what each control holds now the fill is done; answers the undo id. */
export function keepSnapshots(snapshots: Snapshot[]): string {
  counter += 1;
  const undoId = `${Date.now().toString(36)}-${counter}`;
  stores.set(
    undoId,
    snapshots.map((snapshot) => ({ ...snapshot, after: readControl(snapshot.control) })),
  );
  return undoId;
}

/** Whether the control was changed since the fill (the user corrected a figure): undo keeps it. */
export function changedSinceFill(snapshot: Snapshot): boolean {
  return snapshot.after !== undefined && readControl(snapshot.control) !== snapshot.after;
}

/** A fill's snapshots, left in the store (the late read-back after a fill, settle.ts `settleLate`). */
export function peekSnapshots(undoId: string): Snapshot[] {
  return stores.get(undoId) ?? [];
}

/** A fill's snapshots, taken out of the store (an undo is done once). */
export function takeSnapshots(undoId: string): Snapshot[] | undefined {
  const snapshots = stores.get(undoId);
  stores.delete(undoId);
  return snapshots;
}
