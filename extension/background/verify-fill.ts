import type { FigureRow, FillResult, RequestOf, ResponseMap } from "../messages";
import { loadTabResult, saveTabResult } from "../storage/tab-results";
import { loadUndo, saveUndo } from "../storage/tab-state";
import { z } from "../zod";
import { callContent } from "./call-content";
import { probeFrames } from "./probe-frames";
import { rereadAfterReload } from "./reread-after-reload";
import { resolveTab } from "./resolve-tab";

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

const keptAnswer = z.object({
  changed: z.array(z.object({ id: z.string().max(200), actual: z.string().max(10_000) })).max(1000),
  busy: z.boolean().optional(),
  stillMs: z.number().optional(),
  unknown: z.boolean().optional(),
});
type KeptAnswer = z.infer<typeof keptAnswer>;

/**
 * The late read-back: follows the page (above) in each frame that kept the last fill's snapshots,
 * then asks which of its fields the page changed since they were read back. Those rows become
 * `not_kept` with what the page holds now, the result says how many the page changed and whether
 * it was still at work at the bound, the stored result is updated, and the result answered.
 * Nothing is written.
 */
export async function verifyFill(request: RequestOf<"verify-fill">): Promise<ResponseMap["verify-fill"]> {
  const tab = await resolveTab(request.tabId);
  const result = await loadTabResult(tab.id);
  const handles = await loadUndo(tab.id);
  if (result?.mode !== "fill") return result ? { result } : {};
  // Without snapshots only a fill whose page was loaded again since has anything to read back.
  if (handles.length === 0 && result.navigatedAfterFill !== true) return { result };
  const reached = (await probeFrames(tab.id)).reached;
  const asks = handles.flatMap((handle) => {
    const frame = reached.find((candidate) => candidate.frameId === handle.frameId);
    if (frame?.origin !== result.origin) return [];
    return [
      async (mark: boolean) => {
        const [answer] = await callContent(tab.id, [frame], "kept", {
          undoId: handle.undoId,
          busy: BUSY_WORDS,
          mark,
        });
        const parsed = keptAnswer.safeParse(answer?.result);
        return parsed.success ? parsed.data : undefined;
      },
    ];
  });
  const since = result.filledAt ?? Date.now();
  const busy = await followPage(since, (mark) => Promise.all(asks.map((ask) => ask(mark))));
  const changed = new Map<string, string>();
  const answers = await Promise.all(asks.map((ask) => ask(true)));
  for (const answer of answers) for (const item of answer?.changed ?? []) changed.set(item.id, item.actual);
  // A frame that no longer knows the fill was loaded again: its snapshots are gone with the page.
  const reloaded = result.navigatedAfterFill === true || answers.some((answer) => answer?.unknown === true);
  if (reloaded) {
    for (const [id, actual] of await rereadAfterReload(tab.id, result)) changed.set(id, actual);
    await saveUndo(tab.id, []);
  }
  const afterFill = {
    changed: changedCount(result, changed),
    busy,
    watchedMs: Date.now() - since,
    ...(reloaded ? { reloaded } : {}),
  };
  const next = { ...notKept(result, changed), afterFill, ...(reloaded ? { undoAvailable: false } : {}) };
  await saveTabResult(tab.id, next);
  return { result: next };
}

/**
 * Waits until the frames have finished with the fill (LATE_READ_MS at least, then still and not
 * at work, LATE_BOUND_MS at most); answers whether one was still at work at the bound.
 */
export async function followPage(
  since: number,
  ask: (mark: boolean) => Promise<(KeptAnswer | undefined)[]>,
): Promise<boolean> {
  await sleep(since + LATE_READ_MS - Date.now());
  for (;;) {
    const answers = (await ask(false)).filter((answer) => answer !== undefined);
    const busy = answers.some((answer) => answer.busy === true);
    const wait = Math.max(0, ...answers.map((answer) => LATE_QUIET_MS - (answer.stillMs ?? LATE_QUIET_MS)));
    const left = since + LATE_BOUND_MS - Date.now();
    if (left <= 0) return busy;
    if (!busy && wait === 0) return false;
    await sleep(Math.min(left, Math.max(wait, 100)));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** How many of the fill's rows the page changed after it. */
function changedCount(result: FillResult, changed: ReadonlyMap<string, string>): number {
  return result.rows.filter((row) => row.outcome === "filled" && row.ids.some((id) => changed.has(id)))
    .length;
}

/** A result with the fields the page changed after the fill reported not kept, with what they hold. */
export function notKept(result: FillResult, changed: ReadonlyMap<string, string>): FillResult {
  const lost = (row: FigureRow) => row.outcome === "filled" && row.ids.some((id) => changed.has(id));
  const rows = result.rows.map((row): FigureRow => {
    if (!lost(row)) return row;
    const actual = row.ids.map((id) => changed.get(id)).find((value) => value !== undefined) ?? "";
    return { ...row, outcome: "not_kept", actual };
  });
  const mismatched = [...changed].flatMap(([id, actual]) =>
    result.filled.includes(id)
      ? [{ id, expected: rows.find((row) => row.ids.includes(id))?.expected ?? "", actual }]
      : [],
  );
  return {
    ...result,
    rows,
    filled: result.filled.filter((id) => !changed.has(id)),
    mismatched: [...result.mismatched, ...mismatched],
  };
}
