import type { FigureToFill } from "../content/content-api";
import type { MergedFrames } from "./merge-frames";
import { waitForReload } from "./wait-for-reload";

/** A form that reloads again and again is given up on after this many reloads. */
export const MAX_RELOADS = 5;

/** Runs one round in the tab: guarded, probed, merged (fill-tab.ts). */
export type Round = (mode: "fill" | "check", figures: FigureToFill[]) => Promise<MergedFrames>;

/** The rounds' outcome; `stopped` when the tab left the page the user chose. */
export interface Rounds {
  merged: MergedFrames;
  reloads: number;
  stopped: boolean;
}

/**
 * After a round that set off a postback (`reloading`) or left fields pending: waits for the page
 * to load again, then fills what is pending, at most MAX_RELOADS times. Before each round the
 * caller's `stillThere` checks the tab's origin and the profile's pattern; where it fails,
 * nothing more is written and the waiting fields are reported as missing. No reload seen means
 * the form changed in place: one more round is then all there is to do.
 */
export async function fillRounds(
  tabId: number,
  figures: readonly FigureToFill[],
  first: MergedFrames,
  round: Round,
  stillThere: () => Promise<boolean>,
): Promise<Rounds> {
  let merged = first;
  let reloads = 0;
  while ((merged.reloading || merged.pending.length > 0) && reloads < MAX_RELOADS) {
    reloads += 1;
    if (!(await waitForReload(tabId))) reloads = MAX_RELOADS;
    if (!(await stillThere())) return { merged: abandon(merged), reloads, stopped: true };
    if (merged.pending.length === 0) break;
    const pending = new Set(merged.pending);
    merged = combine(
      merged,
      await round(
        "fill",
        figures.filter((figure) => pending.has(figure.id)),
      ),
    );
  }
  return { merged, reloads, stopped: false };
}

/** The fields still waiting when the fill stopped were not filled: they are missing. */
function abandon(merged: MergedFrames): MergedFrames {
  return { ...merged, missing: [...new Set([...merged.missing, ...merged.pending])], pending: [] };
}

/** A round after a reload added to the rounds before it. */
function combine(before: MergedFrames, after: MergedFrames): MergedFrames {
  return {
    filled: [...new Set([...before.filled, ...after.filled])],
    missing: [...new Set([...before.missing, ...after.missing])],
    mismatched: [...before.mismatched, ...after.mismatched],
    matched: [...new Set([...before.matched, ...after.matched])],
    pending: after.pending,
    frames: Math.max(before.frames, after.frames),
    reloading: after.reloading,
    errors: [...before.errors, ...after.errors],
  };
}

/** After a postback the server re-rendered the page: fields filled before it are read back again. */
export async function recheck(
  merged: MergedFrames,
  figures: readonly FigureToFill[],
  round: Round,
): Promise<MergedFrames> {
  const filled = new Set(merged.filled);
  const check = await round(
    "check",
    figures.filter((figure) => filled.has(figure.id)),
  );
  const lost = new Set([...check.missing, ...check.mismatched.map((item) => item.id)]);
  return {
    ...merged,
    filled: merged.filled.filter((id) => !lost.has(id)),
    missing: [...new Set([...merged.missing, ...check.missing])],
    mismatched: [...merged.mismatched, ...check.mismatched],
  };
}
