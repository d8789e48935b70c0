import type { RequestOf, UndoSummary } from "../messages";
import { forgetTabState, loadUndo } from "../storage/tab-state";
import { z } from "../zod";
import { callContent } from "./call-content";
import { probeFrames } from "./probe-frames";
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
 * (service-worker.ts), so undo never writes into a page the fill did not see.
 */
export async function undoTab(request: RequestOf<"undo-tab">): Promise<UndoSummary> {
  const tab = await resolveTab(request.tabId);
  const handles = await loadUndo(tab.id);
  if (handles.length === 0) return { restored: [], failed: [], kept: [], nothing: true };
  const reached = (await probeFrames(tab.id)).reached;
  const summary: UndoSummary = { restored: [], failed: [], kept: [], nothing: false };
  for (const handle of handles) {
    const frame = reached.find((candidate) => candidate.frameId === handle.frameId);
    if (!frame) continue;
    const [answer] = await callContent(tab.id, [frame], "undo", { undoId: handle.undoId });
    const parsed = undoAnswer.safeParse(answer?.result);
    if (!parsed.success) continue;
    summary.restored.push(...parsed.data.restored);
    summary.failed.push(...parsed.data.failed);
    summary.kept.push(...(parsed.data.kept ?? []));
    const stays = parsed.data.cannotEmpty ?? [];
    if (stays.length > 0) summary.cannotEmpty = [...(summary.cannotEmpty ?? []), ...stays];
  }
  await forgetTabState(tab.id);
  summary.nothing = summary.restored.length === 0 && summary.failed.length === 0 && summary.kept.length === 0;
  return summary;
}
