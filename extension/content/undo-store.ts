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
}

const stores = new Map<string, Snapshot[]>();
let counter = 0;

/** What a control holds now, to be restored by undo. */
export function snapshotOf(id: string, control: PageControl): Snapshot {
  const checkedRadio = control.radios?.findIndex((radio) => radio.checked) ?? -1;
  return { id, control, value: readControl(control), shown: readShown(control), checkedRadio };
}

/** Keeps a fill's snapshots and answers the id that undoes them. */
export function keepSnapshots(snapshots: Snapshot[]): string {
  counter += 1;
  const undoId = `${Date.now().toString(36)}-${counter}`;
  stores.set(undoId, snapshots);
  return undoId;
}

/** A fill's snapshots, taken out of the store (an undo is done once). */
export function takeSnapshots(undoId: string): Snapshot[] | undefined {
  const snapshots = stores.get(undoId);
  stores.delete(undoId);
  return snapshots;
}
