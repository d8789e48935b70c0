import type { RequestOf, UndoSummary } from "../messages";
import { forgetTabState, loadUndo, saveUndo, type UndoHandle } from "../storage/tab-state";
import { z } from "../zod";
import { callContent } from "./call-content";
import { probeFrames, type ReachedFrame } from "./probe-frames";
import { resolveTab } from "./resolve-tab";

const undoAnswer = z
  .object({
    restored: z.array(z.string().max(200)).max(1000),
    failed: z.array(z.string().max(200)).max(1000),
    kept: z.array(z.string().max(200)).max(1000).optional(),
    cannotEmpty: z.array(z.string().max(200)).max(1000).optional(),
  })
  .loose();

/**
 * Restores what the tab's last fill found: each frame that kept a snapshot restores it (the
 * content script writes the old values back and fires the page's events, so its state follows).
 * The snapshots are forgotten afterwards; they are forgotten too when the page navigates
 * (service-worker.ts), so undo never writes into a page the fill did not see. A frame that
 * cannot be reached or answers an error does not stop the others: it is named in `frameErrors`
 * and its snapshot is kept, so undo can be asked again.
 */
export async function undoTab(request: RequestOf<"undo-tab">): Promise<UndoSummary> {
  const tab = await resolveTab(request.tabId);
  const handles = await loadUndo(tab.id);
  if (handles.length === 0) return { restored: [], failed: [], kept: [], nothing: true };
  const reached = (await probeFrames(tab.id)).reached;
  const summary: UndoSummary = { restored: [], failed: [], kept: [], nothing: false };
  const again: UndoHandle[] = [];
  // The last round's snapshots first, as a frame puts back its own in reverse order of writing: a
  // field written in two rounds ends with what it held before the first.
  for (const handle of [...handles].reverse()) {
    const frame = reached.find((candidate) => candidate.frameId === handle.frameId);
    const answer = frame ? await undoFrame(tab.id, frame, handle) : { error: "not_reached" };
    if ("error" in answer) {
      again.unshift(handle);
      const where = frame?.url ?? `frame ${handle.frameId}`;
      summary.frameErrors = [...(summary.frameErrors ?? []), `${where}: ${answer.error}`];
      continue;
    }
    summary.restored.push(...answer.restored);
    summary.failed.push(...answer.failed);
    summary.kept.push(...(answer.kept ?? []));
    const stays = answer.cannotEmpty ?? [];
    if (stays.length > 0) summary.cannotEmpty = [...(summary.cannotEmpty ?? []), ...stays];
  }
  await forgetTabState(tab.id);
  if (again.length > 0) await saveUndo(tab.id, again);
  summary.nothing =
    summary.restored.length === 0 &&
    summary.failed.length === 0 &&
    summary.kept.length === 0 &&
    again.length === 0;
  return summary;
}

/** One frame's undo, or why it could not be asked or answered nothing undo can read. */
async function undoFrame(
  tabId: number,
  frame: ReachedFrame,
  handle: UndoHandle,
): Promise<z.infer<typeof undoAnswer> | { error: string }> {
  try {
    const [answer] = await callContent(tabId, [frame], "undo", { undoId: handle.undoId });
    if (answer?.error !== undefined) return { error: answer.error };
    const parsed = undoAnswer.safeParse(answer?.result);
    return parsed.success ? parsed.data : { error: "no_answer" };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
