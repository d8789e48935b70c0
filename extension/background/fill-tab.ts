import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { FigureToFill } from "../content/content-api";
import type { FillResult, RequestOf } from "../messages";
import { findPackage } from "../storage/package-store";
import { saveTabResult } from "../storage/tab-results";
import { findProfile } from "./find-profile";
import { type MergedFrames, mergeFrames } from "./merge-frames";
import { packageFigures } from "./package-figures";
import { resolveTab } from "./resolve-tab";
import { runInTab } from "./run-in-tab";
import { waitForReload } from "./wait-for-reload";
import { WorkerError } from "./worker-error";

/** How long each frame waits for fields that render late (content-api.ts: bounded). */
export const FIELD_WAIT_MS = 3_000;
/** A form that reloads again and again is given up on after this many reloads. */
export const MAX_RELOADS = 5;

/** The stored package of a unit and year, read strictly again; refused when its errors block filling. */
async function fillablePackage(org: string, year: number): Promise<SubmissionPackage> {
  const stored = await findPackage(org, year);
  if (!stored) throw new WorkerError("package_missing", `${org} ${year}`);
  if (!stored.summary.fillable) throw new WorkerError("package_not_fillable", `${org} ${year}`);
  const parsed = parsePackage(stored.text);
  if (!parsed.ok) throw new WorkerError("package_not_fillable", parsed.error.code);
  return parsed.package;
}

/**
 * Fills (or checks) a tab's form from a package: the profile for the tab's address or, without
 * one, the form's labels; every frame; and when a field set off a postback (`reloading`), waits
 * for the page to load again, fills the fields left pending, and at the end reads back the fields
 * filled before the reloads (the server re-rendered them). The merged result is kept for the popup.
 */
export async function fillTab(request: RequestOf<"fill-tab">): Promise<FillResult> {
  const tab = await resolveTab(request.tabId);
  const figures = packageFigures(await fillablePackage(request.org, request.year));
  const chosen = tab.url ? await findProfile(tab.url) : undefined;
  const run = (mode: "fill" | "check", some: FigureToFill[]) =>
    runInTab(tab.id, { mode, figures: some, profile: chosen?.profile, waitMs: FIELD_WAIT_MS }).then(
      mergeFrames,
    );
  let merged = await run(request.mode, figures);
  let reloads = 0;
  while (
    request.mode === "fill" &&
    (merged.reloading || merged.pending.length > 0) &&
    reloads < MAX_RELOADS
  ) {
    // A postback was set off: nothing may run in the tab (not even a check) until it has loaded.
    // No reload seen means the form changed in place: one more run is then all there is to do.
    reloads += 1;
    if (!(await waitForReload(tab.id))) reloads = MAX_RELOADS;
    if (merged.pending.length === 0) break;
    const after = await run(
      "fill",
      figures.filter((figure) => merged.pending.includes(figure.id)),
    );
    merged = combine(merged, after);
  }
  if (reloads > 0) merged = await recheck(merged, figures, run);
  const result: FillResult = {
    mode: request.mode,
    ...merged,
    labels: Object.fromEntries(figures.map((figure) => [figure.id, figure.labels])),
    ...(chosen ? { profile: { name: chosen.profile.name, managed: chosen.managed } } : {}),
  };
  await saveTabResult(tab.id, result);
  return result;
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
  };
}

/** After a postback the server re-rendered the page: fields filled before it are read back again. */
async function recheck(
  merged: MergedFrames,
  figures: FigureToFill[],
  run: (mode: "check", some: FigureToFill[]) => Promise<MergedFrames>,
): Promise<MergedFrames> {
  const check = await run(
    "check",
    figures.filter((figure) => merged.filled.includes(figure.id)),
  );
  const lost = new Set([...check.missing, ...check.mismatched.map((item) => item.id)]);
  return {
    ...merged,
    filled: merged.filled.filter((id) => !lost.has(id)),
    missing: [...new Set([...merged.missing, ...check.missing])],
    mismatched: [...merged.mismatched, ...check.mismatched],
  };
}
