import type { FigureRow, FillResult, RequestOf, ResponseMap } from "../messages";
import { loadTabResult, saveTabResult } from "../storage/tab-results";
import { loadUndo } from "../storage/tab-state";
import { z } from "../zod";
import { callContent } from "./call-content";
import { probeFrames } from "./probe-frames";
import { resolveTab } from "./resolve-tab";

/**
 * How long after a fill the late read-back looks (content `kept`): an autosave that reloads the
 * draft 600 ms after the first change resets fields long after the read-back found the page still.
 * Bounded, and waited only after the report is shown.
 */
export const LATE_READ_MS = 1_500;

const keptAnswer = z.object({
  changed: z.array(z.object({ id: z.string().max(200), actual: z.string().max(10_000) })).max(1000),
});

/**
 * The late read-back: asks each frame that kept the last fill's snapshots which of its fields the
 * page changed since they were read back, once LATE_READ_MS after the fill has passed and the page
 * is quiet. Those rows become `not_kept` with what the page holds now, the stored result is
 * updated, and the result answered. Nothing is written.
 */
export async function verifyFill(request: RequestOf<"verify-fill">): Promise<ResponseMap["verify-fill"]> {
  const tab = await resolveTab(request.tabId);
  const result = await loadTabResult(tab.id);
  const handles = await loadUndo(tab.id);
  if (result?.mode !== "fill" || handles.length === 0) return result ? { result } : {};
  const until = (result.filledAt ?? Date.now()) + LATE_READ_MS;
  const reached = (await probeFrames(tab.id)).reached;
  const changed = new Map<string, string>();
  for (const handle of handles) {
    const frame = reached.find((candidate) => candidate.frameId === handle.frameId);
    if (frame?.origin !== result.origin) continue;
    const [answer] = await callContent(tab.id, [frame], "kept", { undoId: handle.undoId, until });
    const parsed = keptAnswer.safeParse(answer?.result);
    if (parsed.success) for (const item of parsed.data.changed) changed.set(item.id, item.actual);
  }
  const next = notKept(result, changed);
  if (changed.size > 0) await saveTabResult(tab.id, next);
  return { result: next };
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
