import type { ConfirmedRow, ContentRequest, FigureToFill } from "../content/content-api";
import { shownLabel } from "../fill-fields";
import type { FigureRow, FillResult, RequestOf } from "../messages";
import { saveTabResult } from "../storage/tab-results";
import { loadPlan, loadUndo, type StoredPlan, saveUndo } from "../storage/tab-state";
import { checkIdentity } from "./check-identity";
import { withoutUnaskedComputed } from "./computed-figures";
import { figureRows, withUnsent } from "./figure-rows";
import { fillRounds, type Round, readAfterLostAnswer, recheck } from "./fill-rounds";
import { nameInvalidCss } from "./invalid-css";
import { type MergedFrames, mergeFrames } from "./merge-frames";
import { replanMoved } from "./replan-moved";
import type { FrameAnswer } from "./run-in-tab";
import { explainSharedUnitNames } from "./shared-unit-names";
import { openTabRun, results, type TabRun } from "./tab-run";
import { markUnreadable } from "./unreadable-rows";
import { RELOAD_LIMITS, waitForReload } from "./wait-for-reload";
import { watchNavigation } from "./watch-navigation";
import { WorkerError } from "./worker-error";

export { MAX_RELOADS } from "./fill-rounds";
export { FIELD_WAIT_MS } from "./tab-run";

/**
 * Fills (or checks) a tab's form from a package, only while the tab is where the popup showed it
 * (tab-run.ts). A page that names another unit or year is refused unless the user chose to
 * override. With `ids` (the preview's ticked rows) each frame fills exactly the fields its plan
 * showed; without, the engine plans and writes in one go. Only empty fields are written unless
 * `overwrite`. After a postback the pending fields are filled once the page has loaded again,
 * and the fields filled before are read back. The snapshots for undo and the result are kept.
 */
export async function fillTab(request: RequestOf<"fill-tab">): Promise<FillResult> {
  const run = await openTabRun(request);
  const watch = watchNavigation(run.tab.id);
  try {
    return await fillWatched(request, run, watch);
  } finally {
    watch.stop();
  }
}

/**
 * fillTab's work, with the tab watched: a load that starts during or after the last round (one
 * nothing foretold) leaves that round's read-back describing a page that is gone, so the result
 * says the page was loaded again since (`navigatedAfterFill`) and the late read-back reads the
 * figures on the new page (verify-fill.ts), also when the load starts while the result is saved.
 */
async function fillWatched(
  request: RequestOf<"fill-tab">,
  run: TabRun,
  watch: ReturnType<typeof watchNavigation>,
): Promise<FillResult> {
  const plan = request.ids ? await confirmedPlan(run, request) : undefined;
  const confirmed = plan?.frames;
  const undo: { frameId: number; undoId: string }[] = [];
  const answers: FrameAnswer[] = [];
  let lastRoundAt = Date.now();
  let lastAnswers: FrameAnswer[] = [];
  const roundFor =
    (rows: typeof confirmed): Round =>
    async (mode, some, after) => {
      lastRoundAt = Date.now();
      // Figures pending after a postback were already going to be written: a server that renders
      // its lists back with the default chosen must not make them "not empty" (content-api.ts).
      // Without a reload the page is the one read before: what it holds is the user's.
      const asked = after?.reloaded ? { ...request, overwrite: true } : request;
      run.heedReloads = after?.heedReloads ?? true;
      const got = await runRound(run, asked, mode, some, rows);
      for (const answer of got)
        if (answer.undoId) undo.push({ frameId: answer.frameId, undoId: answer.undoId });
      answers.push(...got);
      lastAnswers = got;
      return mergeFrames(results(got));
    };
  const round = roundFor(confirmed);
  if (request.mode === "fill" && !request.override) await refuseOtherPage(run, request);
  const first = await round(request.mode, run.figures);
  const rounds =
    request.mode === "fill"
      ? await fillRounds(run.tab.id, run.figures, first, round, run.stillThere)
      : { merged: first, reloads: 0, stopped: false, checked: false, reloadMissed: false };
  const again = rounds.reloads > 0 && !rounds.stopped && !rounds.checked;
  let merged = again ? await recheck(rounds.merged, run.figures, round) : rounds.merged;
  // Figures a moving page refused get one re-plan on the page as it is now (replan-moved.ts).
  if (
    request.mode === "fill" &&
    !request.overwrite &&
    rounds.reloads === 0 &&
    !rounds.stopped &&
    !merged.reloading
  )
    merged = await replanMoved(merged, results(answers), run.figures, confirmed, {
      plan: (some) => run.run({ mode: "plan", figures: some, year: request.year }),
      fill: async (some, rows) => {
        const from = answers.length;
        const got = await roundFor(rows)("fill", some);
        // A box that already holds the figure holds the write the page carried over from a moved
        // box: not "already there" (undo does not reach it), its row stays changed.
        for (const answer of answers.slice(from))
          answer.figures = answer.figures?.filter((report) => report.outcome !== "matched");
        return got;
      },
    });
  // A top page that did not answer a fill may have been unloaded under it, before the tab says
  // it is loading (Chrome answers the injection first): a load is waited for, boundedly.
  const silent =
    request.mode === "fill" &&
    lastAnswers.some((answer) => answer.frameId === 0 && answer.error === "no_answer");
  const loadedSinceRound = () => watch.loadedSince(lastRoundAt);
  const lost =
    silent && (loadedSinceRound() || (await waitForReload(run.tab.id)) !== "none" || loadedSinceRound());
  const navigated = lost || (request.mode === "fill" && loadedSinceRound());
  if (lost) {
    // The report is the new page's as read: rows of rounds on the page that is gone would rank
    // "filled" above what the page now shows (figure-rows.ts).
    const before = answers.length;
    const read = await readAfterLostAnswer(run.tab.id, run.figures, round, run.stillThere);
    answers.splice(0, before);
    merged = read.merged;
    if (read.stopped) rounds.stopped = true;
  }
  // A fill that went through a reload keeps no snapshot at all: those taken before it describe a
  // page that is gone, and undoing only the rounds after it would leave the rest of the fill
  // written (docs/extension.md: a fill through a postback cannot be undone).
  const lastUndo = rounds.reloads > 0 ? [] : undo;
  // A check writes nothing: the last fill's snapshots stay, so "Angre" still undoes that fill.
  const kept = request.mode === "fill" ? lastUndo : await loadUndo(run.tab.id);
  if (request.mode === "fill") await saveUndo(run.tab.id, lastUndo);
  const result = withoutUnaskedComputed(describe(request, run, merged, answers, kept.length > 0, plan?.rows));
  // Never throws (invalid-css.ts): the page is written, so the result is saved whatever.
  if (run.chosen)
    result.rows = await nameInvalidCss(run.tab.id, () => run.frames(), run.chosen.profile, result.rows);
  if (rounds.stopped) result.stopped = "page_changed";
  // fill-rounds.ts waits with waitForReload's own limits.
  if (rounds.reloadMissed) result.reloadMissed = { waitedMs: RELOAD_LIMITS.startMs };
  if (request.mode === "fill") result.filledAt = Date.now();
  // The snapshots died with the page: nothing is left to undo.
  const reloaded = () => navigated || (request.mode === "fill" && loadedSinceRound());
  const markReloaded = async () => {
    Object.assign(result, { navigatedAfterFill: true, undoAvailable: false });
    await saveUndo(run.tab.id, []);
  };
  if (reloaded()) await markReloaded();
  if (lost)
    result.afterFill = { changed: merged.mismatched.length, busy: false, watchedMs: 0, reloaded: true };
  await saveTabResult(run.tab.id, result);
  if (reloaded() && !result.navigatedAfterFill) {
    await markReloaded();
    await saveTabResult(run.tab.id, result);
  }
  return result;
}

/** One round in the tab; with a confirmed preview, each frame gets its own rows. */
async function runRound(
  run: TabRun,
  request: RequestOf<"fill-tab">,
  mode: "fill" | "check",
  figures: FigureToFill[],
  confirmed: StoredPlan["frames"] | undefined,
): Promise<FrameAnswer[]> {
  const base: Omit<ContentRequest, "profile" | "waitMs" | "words" | "fields"> = {
    mode,
    figures,
    year: request.year,
    ...(request.overwrite ? { overwrite: true } : {}),
  };
  if (confirmed === undefined || mode === "check") return run.run(base);
  const wanted = new Set(figures.map((figure) => figure.id));
  // Rows the user did not tick are only watched (confirmedPlan, watchedRows).
  const ticked = new Set(request.ids);
  const watched = (row: ConfirmedRow) => request.ids !== undefined && !ticked.has(row.id);
  const per = await Promise.all(
    Object.entries(confirmed).map(([frameId, rows]) => {
      const mine: ConfirmedRow[] = rows.filter((row) => wanted.has(row.id));
      if (mine.every(watched)) return [];
      const some = figures.filter((figure) => mine.some((row) => row.id === figure.id));
      const watch = mine.filter(watched).map((row) => row.id);
      return run.run(
        { ...base, figures: some, confirmed: mine, ...(watch.length > 0 ? { watch } : {}) },
        (frame) => String(frame.frameId) === frameId,
      );
    }),
  );
  return per.flat();
}

/**
 * The preview's rows the user kept ticked, per frame, and the preview's rows as shown; refused
 * when no preview of this page is kept.
 */
async function confirmedPlan(run: TabRun, request: RequestOf<"fill-tab">): Promise<StoredPlan> {
  const plan = await loadPlan(run.tab.id);
  const same =
    plan?.url === request.expect.url && plan.origin === request.expect.origin && plan.org === request.org;
  if (!plan || !same || plan.year !== request.year) throw new WorkerError("no_plan", "preview again");
  const ticked = new Set(request.ids);
  const kept = new Set([...ticked, ...watchedRows(plan, ticked)]);
  const frames = Object.fromEntries(
    Object.entries(plan.frames).map(([frameId, rows]) => [frameId, rows.filter((row) => kept.has(row.id))]),
  );
  return { ...plan, frames };
}

/**
 * The preview's rows holding another value that the user did not tick (without overwrite they
 * cannot be): sent with the fill only to be watched, never written (ContentRequest.watch). The
 * fill's writes may make the page change them (a watcher summing the parts into the user's total:
 * adversary round 8, F8), and the late read-back says so and puts the user's value back.
 */
function watchedRows(plan: StoredPlan, ticked: ReadonlySet<string>): string[] {
  return (plan.rows ?? [])
    .filter((row) => row.outcome === "mismatched")
    .flatMap((row) => row.ids)
    .filter((id) => !ticked.has(id));
}

/** A page that names another unit or year than the package's is refused (the popup offers an override). */
async function refuseOtherPage(run: TabRun, request: RequestOf<"fill-tab">): Promise<void> {
  const identity = await checkIdentity(run.tab.id, await run.frames(), request.org, request.year);
  const said = identity.clues.map((clue) => `${clue.value} (${clue.where})`).join(", ");
  if (identity.unit === "other") throw new WorkerError("page_names_other_unit", said);
  if (identity.year === "other") throw new WorkerError("page_names_other_year", said);
}

function describe(
  request: RequestOf<"fill-tab">,
  run: TabRun,
  merged: MergedFrames,
  answers: readonly FrameAnswer[],
  undoAvailable: boolean,
  preview: readonly FigureRow[] | undefined,
): FillResult {
  const { reloading: _reloading, errors, ...lists } = merged;
  const order = run.figures.map((figure) => figure.id);
  const rows = markUnreadable(explainSharedUnitNames(figureRows(results(answers), order), request.org));
  return {
    mode: request.mode,
    package: { org: request.org, year: request.year },
    url: request.expect.url,
    origin: request.expect.origin,
    ...lists,
    skippedFrames: [...run.skipped.values()],
    frameErrors: errors,
    labels: Object.fromEntries(run.figures.map((figure) => [figure.id, shownLabel(figure)])),
    ...(run.chosen ? { profile: { name: run.chosen.profile.name, managed: run.chosen.managed } } : {}),
    rows: preview === undefined ? rows : withUnsent(rows, preview, order),
    undoAvailable,
  };
}
