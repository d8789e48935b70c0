import type { FrameResult, Mismatch } from "../content/content-api";

/** Every frame's answer as one: what the tab as a whole filled, matched, missed and left pending. */
export interface MergedFrames {
  filled: string[];
  missing: string[];
  mismatched: Mismatch[];
  matched: string[];
  pending: string[];
  frames: number;
  /** A frame wrote a field that reloads the page: nothing more may run in the tab until it has loaded. */
  reloading: boolean;
  /** Frames that failed or answered nothing usable: `address: reason`. */
  errors: string[];
}

/**
 * Merges the answers of all frames: a field is found when any frame found it (the iframe holds it,
 * the top page does not), and missing only when no frame found it.
 */
export function mergeFrames(results: readonly FrameResult[]): MergedFrames {
  const filled = new Set(results.flatMap((result) => result.filled));
  const matched = new Set(results.flatMap((result) => result.matched));
  const pending = new Set(results.flatMap((result) => result.pending ?? []));
  const mismatched = new Map<string, Mismatch>();
  for (const result of results) for (const item of result.mismatched) mismatched.set(item.id, item);
  for (const id of filled) mismatched.delete(id);
  const found = new Set([...filled, ...matched, ...pending, ...mismatched.keys()]);
  const missing = new Set(results.flatMap((result) => result.missing).filter((id) => !found.has(id)));
  return {
    filled: [...filled],
    missing: [...missing],
    mismatched: [...mismatched.values()],
    matched: [...matched].filter((id) => !filled.has(id)),
    pending: [...pending].filter((id) => !filled.has(id)),
    frames: results.length,
    reloading: results.some((result) => result.reloading === true),
    errors: results.flatMap((result) => (result.error ? [`${result.frameUrl}: ${result.error}`] : [])),
  };
}
