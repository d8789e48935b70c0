import type { FillResult, RequestOf, ResponseMap } from "../messages";
import { loadTabResult, saveTabResult } from "../storage/tab-results";
import { loadUndo, saveUndo } from "../storage/tab-state";
import { z } from "../zod";
import { callContent } from "./call-content";
import { type LateChange, lateKind, lateResult, pageChangedCount } from "./late-changes";
import { probeFrames, type ReachedFrame } from "./probe-frames";
import { rereadAfterReload } from "./reread-after-reload";
import { resolveTab } from "./resolve-tab";
import { type NavigationWatch, watchNavigation } from "./watch-navigation";

/**
 * How the late read-back follows the page, waited only after the report is shown: an autosave
 * that reloads its draft 600 ms after the first change resets fields long after the read-back
 * found the page still, so each frame is asked again no earlier than LATE_READ_MS after the fill,
 * and again while it is still at work: until it has been still (no mutation, no input or change
 * event: content follow-page.ts) for LATE_QUIET_MS and no live region says it is at work (a
 * debounced save: "Ulagrede endringer", "Lagrer …", `aria-busy`), at most LATE_BOUND_MS after the
 * fill. A page that does nothing is read at LATE_READ_MS; one that saves at 2 s when it is done.
 */
export const LATE_READ_MS = 1_500;
export const LATE_QUIET_MS = 400;
export const LATE_BOUND_MS = 5_000;
/** What a page's status says while a save is still to come or under way (nb, nn, en). */
export const BUSY_WORDS =
  "\\b(lagrer|ikke lagret|ulagre[td]e?|ulagra|ikkje lagra|saving|unsaved|not saved|not yet saved)\\b|…\\s*$";

/**
 * After a rewrite is put back, the page is given as long to react as it was given after the fill
 * (its focusout handler may rewrite again 300 ms later, from a model the put back left as it was),
 * then followed until still, no later than PUT_BACK_BOUND_MS after the put back.
 */
export const PUT_BACK_READ_MS = LATE_READ_MS;
export const PUT_BACK_BOUND_MS = 3_000;
/** A page that keeps rewriting fields is put back at most this many times. */
export const MAX_PUT_BACKS = 2;
/** A page that keeps loading again while it is read back is read again at most this many times. */
export const MAX_REREADS = 2;

const keptAnswer = z.object({
  changed: z
    .array(
      z.object({
        id: z.string().max(200),
        actual: z.string().max(10_000),
        before: z.string().max(10_000),
        typed: z.boolean().optional(),
        left: z.literal(true).optional(),
      }),
    )
    .max(1000),
  busy: z.boolean().optional(),
  stillMs: z.number().optional(),
  unknown: z.boolean().optional(),
});
type KeptAnswer = z.infer<typeof keptAnswer>;
const putBackAnswer = z.array(z.object({ id: z.string().max(200), restored: z.boolean() })).max(1000);

/** One frame that kept the last fill's snapshots: asked what changed, told what to put back. */
interface FillFrame {
  kept(): Promise<KeptAnswer | undefined>;
  putBack(mark: string[], restore: string[]): Promise<Map<string, boolean>>;
}

/**
 * The late read-back: follows the page (above) in each frame that kept the last fill's snapshots,
 * then asks which of its fields changed since they were read back. A figure the page rewrote
 * (late-changes.ts: 86,1 truncated to 86 on focusout) is put back to what the field held before,
 * through the page's events, and read again once the page is still (PUT_BACK_READ_MS to
 * PUT_BACK_BOUND_MS later): changed again, it is reported not restored. A field the fill left alone
 * because it held a value of its own, which the page changed since without the user typing (a
 * watcher summing the parts the fill wrote into the user's total: adversary round 8, F8), is
 * reported with that value (`overwritten`), never put back (late-changes.ts). A field the user typed
 * into, or whose value is neither the figure nor the page's rewrite of it, is the user's and left.
 * The stored result is updated and answered; nothing else is written.
 */
export async function verifyFill(request: RequestOf<"verify-fill">): Promise<ResponseMap["verify-fill"]> {
  const tab = await resolveTab(request.tabId);
  // Snapshots first: a navigation marks the result before it forgets them (tab-navigated.ts), so
  // snapshots found gone mean the result read next says the page was loaded again.
  const handles = await loadUndo(tab.id);
  const result = await loadTabResult(tab.id);
  if (result?.mode !== "fill") return result ? { result } : {};
  // Without snapshots only a fill whose page was loaded again since has anything to read back.
  if (handles.length === 0 && result.navigatedAfterFill !== true) return { result };
  // Watched from here: a load that starts while the fill is read back leaves answers from a page
  // that is going, and the stored result's mark from the service worker would be overwritten below.
  const watch = watchNavigation(tab.id);
  try {
    return await readBack(tab.id, result, handles, watch);
  } finally {
    watch.stop();
  }
}

async function readBack(
  tabId: number,
  result: FillResult,
  handles: readonly { frameId: number; undoId: string }[],
  watch: NavigationWatch,
): Promise<ResponseMap["verify-fill"]> {
  const startedAt = Date.now();
  // A probe that fails here finds a frame being replaced ("Frame with ID 0 was removed": the page
  // loading another document; CI saw it): the fill's page is going, which is a reload, not an error.
  const probe = await probeFrames(tabId).catch(() => undefined);
  const reached = probe?.reached ?? [];
  const frames = handles.flatMap((handle): FillFrame[] => {
    const frame = reached.find((candidate) => candidate.frameId === handle.frameId);
    return frame?.origin === result.origin ? [fillFrame(tabId, frame, handle.undoId)] : [];
  });
  const since = result.filledAt ?? Date.now();
  const askAll = () => Promise.all(frames.map((frame) => frame.kept()));
  const busy = await followPage(since, askAll);
  const late = await putBackRewrites(result, frames, askAll);
  // Undo clicked while the fill was read back took the snapshots from the frames: a frame that no
  // longer knows the fill was undone, not loaded again. The result stays as undo found it (undo's
  // own summary says what it put back), never "loaded again" and not read as the page's changes.
  if (late.unknown && !watch.loadedSince(startedAt) && (await undoneMeanwhile(tabId, handles)))
    return { result };
  // A frame that no longer knows the fill was loaded again: its snapshots are gone with the page.
  const reloaded =
    result.navigatedAfterFill === true || late.unknown || probe === undefined || watch.loadedSince(startedAt);
  if (reloaded) {
    // Read again while loads keep coming, a bounded number of times: a page read while it is
    // being replaced would report the figures it is about to lose as kept.
    let reread = new Map<string, string>();
    for (let read = 0; read < MAX_REREADS; read += 1) {
      const readAt = Date.now();
      reread = await rereadAfterReload(tabId, result);
      if (!watch.loadedSince(readAt)) break;
    }
    for (const [id, actual] of reread) late.changes.set(id, { kind: "page", actual });
    await saveUndo(tabId, []);
  }
  const afterFill = {
    changed: pageChangedCount(result, late.changes),
    busy: busy || late.busy,
    watchedMs: Date.now() - since,
    ...(reloaded ? { reloaded } : {}),
  };
  const next = {
    ...lateResult(result, late.changes),
    afterFill,
    ...(reloaded ? { undoAvailable: false } : {}),
  };
  await saveTabResult(tabId, next);
  return { result: next };
}

/**
 * Whether undo took the fill's snapshots since the read-back began: the tab's stored snapshots are
 * gone while its result is not marked as loaded again (a navigation marks it before it forgets
 * them: tab-navigated.ts).
 */
async function undoneMeanwhile(tabId: number, handles: readonly unknown[]): Promise<boolean> {
  if (handles.length === 0 || (await loadUndo(tabId)).length > 0) return false;
  return (await loadTabResult(tabId))?.navigatedAfterFill !== true;
}

function fillFrame(tabId: number, frame: ReachedFrame, undoId: string): FillFrame {
  return {
    async kept() {
      // A frame removed while it is asked (the page loading another document) holds no fill.
      const asked = callContent(tabId, [frame], "kept", { undoId, busy: BUSY_WORDS });
      const [answer] = await asked.catch(() => [
        { frameId: frame.frameId, result: { changed: [], unknown: true } },
      ]);
      const parsed = keptAnswer.safeParse(answer?.result);
      return parsed.success ? parsed.data : undefined;
    },
    async putBack(mark, restore) {
      const asked = callContent(tabId, [frame], "putBack", { undoId, mark, restore });
      const [answer] = await asked.catch(() => []);
      const parsed = putBackAnswer.safeParse(answer?.result);
      const put = parsed.success ? parsed.data : [];
      // A field the frame did not answer for was not put back.
      return new Map(restore.map((id) => [id, put.find((item) => item.id === id)?.restored === true]));
    },
  };
}

/**
 * Reads each frame's changed fields, puts the page's rewrites back and reads again, at most
 * MAX_PUT_BACKS times; answers what each changed field is and whether the page was still at work.
 */
async function putBackRewrites(
  result: FillResult,
  frames: readonly FillFrame[],
  askAll: () => Promise<(KeptAnswer | undefined)[]>,
): Promise<{ changes: Map<string, LateChange>; busy: boolean; unknown: boolean }> {
  const changes = new Map<string, LateChange>();
  const expected = (id: string) => result.rows.find((row) => row.ids.includes(id))?.expected;
  let busy = false;
  let answers = await askAll();
  const unknown = answers.some((answer) => answer?.unknown === true);
  for (let round = 0; ; round += 1) {
    const restore = answers.map((answer) => classify(answer, changes, expected));
    const last = round >= MAX_PUT_BACKS || restore.every((ids) => ids.length === 0);
    for (const [index, frame] of frames.entries()) {
      const ids = last ? [] : (restore[index] ?? []);
      const mark = (answers[index]?.changed ?? []).map((item) => item.id).filter((id) => changes.has(id));
      if (mark.length === 0 && ids.length === 0) continue;
      for (const [id, restored] of await frame.putBack(mark, ids))
        changes.set(id, { ...(changes.get(id) as LateChange), restored });
    }
    if (last) return { changes, busy, unknown };
    busy = (await followPage(Date.now(), askAll, PUT_BACK_READ_MS, PUT_BACK_BOUND_MS)) || busy;
    answers = await askAll();
  }
}

/**
 * Records one frame's changed fields in `changes` and answers the rewrites to put back. A field
 * put back before that changed again is not restored (the page changes it again): never put back
 * twice. A rewrite found when no put back is left is not restored either.
 */
function classify(
  answer: KeptAnswer | undefined,
  changes: Map<string, LateChange>,
  expected: (id: string) => string | undefined,
): string[] {
  const restore: string[] = [];
  for (const item of answer?.changed ?? []) {
    const known = changes.get(item.id);
    if (known?.restored !== undefined) {
      const kind = item.typed === true ? "user" : "rewrite";
      changes.set(
        item.id,
        kind === "user" ? { kind, actual: item.actual } : { kind, actual: item.actual, restored: false },
      );
      continue;
    }
    const kind = lateKind(expected(item.id), item);
    if (kind === "same") continue;
    // Only our own figure the page rewrote is put back; a value the fill left alone is reported
    // with what it was (late-changes.ts, `overwritten`).
    const before = kind === "overwritten" ? { before: item.before } : {};
    changes.set(
      item.id,
      kind === "rewrite"
        ? { kind, actual: item.actual, restored: false }
        : { kind, actual: item.actual, ...before },
    );
    if (kind === "rewrite") restore.push(item.id);
  }
  return restore;
}

/**
 * Waits until the frames have finished with the fill (LATE_READ_MS at least, then still and not
 * at work, LATE_BOUND_MS at most; after a put back, `readMs` and `boundMs`); answers whether one
 * was still at work at the bound.
 */
export async function followPage(
  since: number,
  ask: () => Promise<(KeptAnswer | undefined)[]>,
  readMs = LATE_READ_MS,
  boundMs = LATE_BOUND_MS,
): Promise<boolean> {
  await sleep(since + readMs - Date.now());
  for (;;) {
    const answers = (await ask()).filter((answer) => answer !== undefined);
    const busy = answers.some((answer) => answer.busy === true);
    const wait = Math.max(0, ...answers.map((answer) => LATE_QUIET_MS - (answer.stillMs ?? LATE_QUIET_MS)));
    const left = since + boundMs - Date.now();
    if (left <= 0) return busy;
    if (!busy && wait === 0) return false;
    await sleep(Math.min(left, Math.max(wait, 100)));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
