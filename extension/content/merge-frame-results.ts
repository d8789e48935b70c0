import type { FrameResult, Mismatch } from "./content-api";

/** The answer of every frame of a tab folded into one, in the order the figures were asked for. */
export interface MergedResult {
  filled: string[];
  missing: string[];
  mismatched: Mismatch[];
  matched: string[];
  pending: string[];
  frames: number;
}

/**
 * Merges the frames' answers: each figure sits in the frame that has it, so a figure is filled
 * (or matched, pending, mismatched, in that order of precedence) when any frame says so, and
 * missing only when every frame missed it. For the service worker and for tests.
 */
export function mergeFrameResults(ids: readonly string[], results: readonly FrameResult[]): MergedResult {
  const merged: MergedResult = {
    filled: [],
    missing: [],
    mismatched: [],
    matched: [],
    pending: [],
    frames: results.length,
  };
  for (const id of ids) {
    if (results.some((result) => result.filled.includes(id))) merged.filled.push(id);
    else if (results.some((result) => result.matched.includes(id))) merged.matched.push(id);
    else if (results.some((result) => result.pending?.includes(id))) merged.pending.push(id);
    else {
      const mismatch = results.flatMap((result) => result.mismatched).find((entry) => entry.id === id);
      if (mismatch !== undefined) merged.mismatched.push(mismatch);
      else merged.missing.push(id);
    }
  }
  return merged;
}
