import type { ConfirmedRow, FigureToFill, FrameResult } from "../content/content-api";
import { normalizeLabel } from "../content/normalize-label";
import type { MergedFrames } from "./merge-frames";
import { plannedRows } from "./plan-tab";
import type { FrameAnswer } from "./run-in-tab";

/** How the worker asks the tab for the re-plan (fill-tab.ts). */
export interface Replan {
  /** Plans the figures in every frame, writing nothing; the answers stay out of the fill's report. */
  plan(figures: FigureToFill[]): Promise<FrameAnswer[]>;
  /** Fills the figures (only empty boxes), a preview's rows found again when given. */
  fill(figures: FigureToFill[], rows?: Record<string, ConfirmedRow[]>): Promise<MergedFrames>;
}

/**
 * After a fill the page moved under (a Vue table that adds "2024 (i fjor)" before "2025" once a
 * box holds a value, giving 2025's inputs to 2024: adversary round 5, C1), the figures refused as
 * moved (`changed`) and filled nowhere are planned once more on the page as it is now, as a second
 * click would: only into empty boxes and only where the plan is unambiguous, with the move watch
 * on again and a snapshot of its own, so undo reaches what it writes. After a preview, a row is
 * filled again only where the new plan's box reads as the row the user ticked (the same label and
 * section texts, in whatever order the page now names them: "PHV voksne, DPS – 2025"), in the
 * same frame. One re-plan at most (docs/extension.md, "A page that re-renders its form on input").
 */
export async function replanMoved(
  merged: MergedFrames,
  results: readonly FrameResult[],
  figures: readonly FigureToFill[],
  confirmed: Record<string, ConfirmedRow[]> | undefined,
  replan: Replan,
): Promise<MergedFrames> {
  const filled = new Set(merged.filled);
  const moved = new Set(
    results.flatMap((result) =>
      (result.figures ?? []).filter((figure) => figure.outcome === "changed").map((figure) => figure.id),
    ),
  );
  let some = figures.filter((figure) => moved.has(figure.id) && !filled.has(figure.id));
  let rows: Record<string, ConfirmedRow[]> | undefined;
  if (some.length > 0 && confirmed) {
    rows = readingAsTicked(await replan.plan(some), confirmed);
    const kept = new Set(Object.values(rows).flatMap((frame) => frame.map((row) => row.id)));
    some = some.filter((figure) => kept.has(figure.id));
  }
  if (some.length === 0) return merged;
  const again = await replan.fill(some, rows);
  // Only the re-planned figures take the new round's word; the rest stay as the fill left them,
  // and so does one whose box already holds it (the page carried the moved box's write over).
  const asked = new Set(some.map((figure) => figure.id).filter((id) => !again.matched.includes(id)));
  const others = (ids: readonly string[]) => ids.filter((id) => !asked.has(id));
  return {
    filled: [...merged.filled, ...again.filled],
    matched: merged.matched,
    missing: [...others(merged.missing), ...again.missing],
    mismatched: [...merged.mismatched.filter((item) => !asked.has(item.id)), ...again.mismatched],
    pending: [...merged.pending, ...again.pending],
    frames: merged.frames,
    reloading: again.reloading,
    errors: [...merged.errors, ...again.errors],
  };
}

/** The new plan's rows, per frame, whose box reads as the row the user ticked there. */
function readingAsTicked(
  answers: readonly FrameAnswer[],
  confirmed: Record<string, ConfirmedRow[]>,
): Record<string, ConfirmedRow[]> {
  const rows: Record<string, ConfirmedRow[]> = {};
  for (const answer of answers) {
    const ticked = confirmed[String(answer.frameId)] ?? [];
    rows[String(answer.frameId)] = plannedRows(answer).filter((row) =>
      ticked.some((old) => old.id === row.id && sameTexts(old, row)),
    );
  }
  return rows;
}

/** Whether two rows name their box by the same texts (label and section parts, as a set). */
function sameTexts(a: ConfirmedRow, b: ConfirmedRow): boolean {
  const texts = (row: ConfirmedRow) =>
    [...new Set([row.label, ...row.section.split(" › ")].map(normalizeLabel).filter(Boolean))]
      .sort()
      .join("\n");
  return texts(a) === texts(b);
}
