import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { FigureToFill } from "../content/content-api";
import type { FillResult, RequestOf, SkippedFrame } from "../messages";
import { findPackage } from "../storage/package-store";
import { saveTabResult } from "../storage/tab-results";
import { fillRounds, type Round, recheck } from "./fill-rounds";
import { type ChosenProfile, findProfile } from "./find-profile";
import { mergeFrames } from "./merge-frames";
import { packageFigures } from "./package-figures";
import { chooseFrames, probeFrames } from "./probe-frames";
import { resolveTab } from "./resolve-tab";
import { runInTab } from "./run-in-tab";
import { isStillExpected, originOf } from "./tab-guard";
import { WorkerError } from "./worker-error";

/** How long each frame waits for fields that render late (content-api.ts: bounded). */
export const FIELD_WAIT_MS = 3_000;
export { MAX_RELOADS } from "./fill-rounds";

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
 * Fills (or checks) a tab's form from a package, only while the tab is where the popup showed it:
 * the origin the user saw and, with a profile, an address under its pattern, checked before every
 * round and after every reload. Each round probes the frames first and fills only those of the
 * top page's origin (and the profile's pattern); the others are named in the result. When a field
 * set off a postback, the fields left pending are filled after the page has loaded again, and at
 * the end the fields filled before the reloads are read back. The result is kept for the popup.
 */
export async function fillTab(request: RequestOf<"fill-tab">): Promise<FillResult> {
  const tab = await resolveTab(request.tabId);
  if (originOf(request.expect.url) !== request.expect.origin) throw new WorkerError("page_changed", "expect");
  const figures = packageFigures(await fillablePackage(request.org, request.year));
  const chosen = await findProfile(request.expect.url);
  const stillThere = () => isStillExpected(tab.id, request.expect, chosen?.profile);
  if (!(await stillThere())) throw new WorkerError("page_changed", tab.url);
  const skipped = new Map<string, SkippedFrame>();
  const round: Round = async (mode, some) => {
    const probe = chooseFrames(await probeFrames(tab.id), chosen?.profile);
    for (const frame of probe.skipped) skipped.set(frame.url, frame);
    const content = { mode, figures: some, profile: chosen?.profile, waitMs: FIELD_WAIT_MS };
    return mergeFrames(await runInTab(tab.id, probe.frames, content));
  };
  const first = await round(request.mode, figures);
  const rounds =
    request.mode === "fill"
      ? await fillRounds(tab.id, figures, first, round, stillThere)
      : { merged: first, reloads: 0, stopped: false };
  const merged =
    rounds.reloads > 0 && !rounds.stopped ? await recheck(rounds.merged, figures, round) : rounds.merged;
  const result = describe(request, figures, chosen, { ...merged, skipped: [...skipped.values()] });
  if (rounds.stopped) result.stopped = "page_changed";
  await saveTabResult(tab.id, result);
  return result;
}

function describe(
  request: RequestOf<"fill-tab">,
  figures: readonly FigureToFill[],
  chosen: ChosenProfile | undefined,
  merged: ReturnType<typeof mergeFrames> & { skipped: SkippedFrame[] },
): FillResult {
  const { reloading: _reloading, errors, skipped, ...lists } = merged;
  return {
    mode: request.mode,
    package: { org: request.org, year: request.year },
    url: request.expect.url,
    origin: request.expect.origin,
    ...lists,
    skippedFrames: skipped,
    frameErrors: errors,
    labels: Object.fromEntries(figures.map((figure) => [figure.id, figure.labels])),
    ...(chosen ? { profile: { name: chosen.profile.name, managed: chosen.managed } } : {}),
  };
}
