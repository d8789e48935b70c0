import browser from "webextension-polyfill";
import type { FigureToFill } from "../content/content-api";
import type { MergedFrames } from "./merge-frames";
import { waitForReload } from "./wait-for-reload";

/** A form that reloads again and again is given up on after this many reloads. */
export const MAX_RELOADS = 5;

/**
 * Runs one round in the tab: guarded, probed, merged (fill-tab.ts). `after` for a round that
 * follows a wait for a reload: whether the page did load again, and whether the profile's
 * `reloads` marks are still heeded.
 */
export type Round = (
  mode: "fill" | "check",
  figures: FigureToFill[],
  after?: { reloaded: boolean; heedReloads: boolean },
) => Promise<MergedFrames>;

/** The rounds' outcome; `stopped` when the tab left the page the user chose. */
export interface Rounds {
  merged: MergedFrames;
  /** How often the page did load again. */
  reloads: number;
  stopped: boolean;
  /** The fields filled were read back after the last reload already. */
  checked: boolean;
  /** A field was to reload the page and it did not (the page stayed the same document). */
  reloadMissed: boolean;
}

/**
 * After a round that set off a postback (`reloading`) or left fields pending: waits for the page
 * to load again, then fills what is pending and what the reload wiped, at most MAX_RELOADS times.
 * Before each round the caller's `stillThere` checks the tab's origin and the profile's pattern;
 * where it fails, nothing more is written and the waiting fields are reported as missing. A
 * reload that does not come within the wait (wait-for-reload.ts) leaves the same document: the
 * profile's `reloads` marks were wrong for this page, so the next round fills the rest of its
 * fields in its order without them (adversary-4 B22: four fields marked, none reloading, two were
 * left); a second reload that does not come ends the rounds. A reload that started and did not
 * finish (a slow postback) ends them too and counts as a reload: nothing more is written into a
 * half-loaded page, and fill-tab.ts reads the fields back (what the postback wiped is not filled).
 */
export async function fillRounds(
  tabId: number,
  figures: readonly FigureToFill[],
  first: MergedFrames,
  round: Round,
  stillThere: () => Promise<boolean>,
): Promise<Rounds> {
  let merged = first;
  let rounds = 0;
  let reloads = 0;
  let missed = 0;
  const refills = new Map<string, number>();
  const done = (checked: boolean, stopped = false) => ({
    merged,
    reloads,
    stopped,
    checked,
    reloadMissed: missed > 0,
  });
  while ((merged.reloading || merged.pending.length > 0) && rounds < MAX_RELOADS) {
    rounds += 1;
    const seen = await waitForReload(tabId);
    const reloaded = seen === "loaded";
    if (seen === "timed_out") {
      reloads += 1;
      return done(false);
    }
    if (reloaded) reloads += 1;
    else if (++missed > 1) rounds = MAX_RELOADS;
    if (!(await stillThere())) {
      merged = abandon(merged);
      return done(false, true);
    }
    const { wiped, check } = reloaded ? await wipedByReload(merged, figures, round, refills) : { wiped: [] };
    // Nothing left to fill: that check was the read-back after the last reload.
    if (merged.pending.length === 0 && wiped.length === 0) {
      if (check) merged = applyCheck(merged, check);
      return done(reloaded);
    }
    const again = new Set([...merged.pending, ...wiped]);
    const kept = { ...merged, filled: merged.filled.filter((id) => !again.has(id)) };
    const some = figures.filter((figure) => again.has(figure.id));
    merged = combine(kept, await round("fill", some, { reloaded, heedReloads: missed === 0 }));
  }
  return done(false);
}

/** How often one field wiped by a reload is filled again before it is reported as lost. */
export const MAX_REFILLS = 2;

/**
 * The fields filled before a reload that the reloaded page shows empty (a unit list that loads
 * the unit's draft clears what was typed before it): they are filled again, each at most
 * MAX_REFILLS times, so a page that always clears a field cannot keep the fill going.
 */
async function wipedByReload(
  merged: MergedFrames,
  figures: readonly FigureToFill[],
  round: Round,
  refills: Map<string, number>,
): Promise<{ wiped: string[]; check?: MergedFrames }> {
  const filled = new Set(merged.filled);
  if (filled.size === 0) return { wiped: [] };
  const check = await round(
    "check",
    figures.filter((figure) => filled.has(figure.id)),
  );
  const wiped = check.mismatched
    .filter((item) => item.actual === "" && (refills.get(item.id) ?? 0) < MAX_REFILLS)
    .map((item) => item.id);
  for (const id of wiped) refills.set(id, (refills.get(id) ?? 0) + 1);
  return { wiped, check };
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
  return applyCheck(merged, check);
}

/** A read-back applied: a field that now reads otherwise (or is gone) is not filled. */
function applyCheck(merged: MergedFrames, check: MergedFrames): MergedFrames {
  const lost = new Set([...check.missing, ...check.mismatched.map((item) => item.id)]);
  return {
    ...merged,
    filled: merged.filled.filter((id) => !lost.has(id)),
    missing: [...new Set([...merged.missing, ...check.missing])],
    mismatched: [...merged.mismatched, ...check.mismatched],
  };
}

/**
 * A frame's answer was lost because the tab started loading another document during the round
 * (a unit list's own `change` listener reloading the page with the unit's saved draft, faster than
 * the engine could answer): what was written there is gone with the document, so nothing counts
 * as filled. Once the page has loaded, every figure is read on it as a check reads it: what the
 * page shows (the draft's own figures) is reported as differing, never as filled; a tab that left
 * the page the user chose is read nowhere, its figures missing.
 */
export async function readAfterLostAnswer(
  tabId: number,
  figures: FigureToFill[],
  round: Round,
  stillThere: () => Promise<boolean>,
): Promise<{ merged: MergedFrames; stopped: boolean }> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.status !== "complete") await waitForReload(tabId);
  const ids = figures.map((figure) => figure.id);
  if (!(await stillThere())) {
    const none = { filled: [], missing: ids, mismatched: [], matched: [], pending: [], frames: 0 };
    return { merged: { ...none, reloading: false, errors: [] }, stopped: true };
  }
  const check = await round("check", figures);
  return { merged: { ...check, filled: [], pending: [], reloading: false }, stopped: false };
}
