import type { FigureReport, FrameResult, Outcome } from "../content/content-api";
import type { FigureRow } from "../messages";

// When frames disagree about a figure, the row shows the frame that got furthest with it: the
// field one frame filled is not "not found" because another frame lacks it.
const RANK: readonly Outcome[] = [
  "filled",
  "planned",
  "matched",
  "mismatched",
  "unreadable",
  "pending",
  "ambiguous",
  "changed",
  "no_option",
  "refused",
  "hidden",
  "readonly",
  "disabled",
  "not_found",
  "not_kept",
  "user_changed",
  "not_chosen",
];

/**
 * A frame's figures as reports: the engine's own, or built from its lists (a frame that failed
 * or did not answer, whose every figure is missing: frame-lists.ts).
 */
function reportsOf(result: FrameResult): FigureReport[] {
  if (result.figures) return result.figures;
  const reports: FigureReport[] = [
    ...result.filled.map((id): FigureReport => ({ id, outcome: "filled" })),
    ...result.matched.map((id): FigureReport => ({ id, outcome: "matched" })),
    ...(result.pending ?? []).map((id): FigureReport => ({ id, outcome: "pending" })),
    ...result.mismatched.map(
      (item): FigureReport => ({
        id: item.id,
        outcome: "mismatched",
        expected: item.expected,
        actual: item.actual,
      }),
    ),
  ];
  for (const id of result.missing) reports.push({ id, outcome: result.reasons?.[id] ?? "not_found" });
  return reports;
}

function better(a: FigureRow, b: FigureRow): FigureRow {
  return RANK.indexOf(b.outcome) < RANK.indexOf(a.outcome) ? b : a;
}

/**
 * One row per figure across all frames, in the order the figures were asked for; then a field
 * that several templates share (the unit's org. no. and the year of beds and staffing, with the
 * same value in the same field) becomes one row naming both ids, so it is counted once.
 */
export function figureRows(results: readonly FrameResult[], order: readonly string[]): FigureRow[] {
  const byId = new Map<string, FigureRow>();
  for (const result of results) {
    for (const report of reportsOf(result)) {
      const { id, ...rest } = report;
      const row: FigureRow = { ids: [id], frameUrl: result.frameUrl, ...rest };
      const known = byId.get(id);
      byId.set(id, known ? better(known, row) : row);
    }
  }
  const rows = order.flatMap((id) => byId.get(id) ?? []);
  return mergeShared(rows);
}

/** `beds.unit_org` and `staffing.unit_org` are one field of the form when they land together. */
function mergeShared(rows: readonly FigureRow[]): FigureRow[] {
  const merged: FigureRow[] = [];
  const byKey = new Map<string, FigureRow>();
  for (const row of rows) {
    const key = sharedKey(row);
    const same = key === undefined ? undefined : byKey.get(key);
    if (same) same.ids.push(...row.ids);
    else {
      const copy = { ...row, ids: [...row.ids] };
      merged.push(copy);
      if (key !== undefined) byKey.set(key, copy);
    }
  }
  return merged;
}

const SHARED = /\.(unit_org|year)$/;

function sharedKey(row: FigureRow): string | undefined {
  const [id] = row.ids;
  if (id === undefined || !SHARED.test(id)) return undefined;
  // Without the field the engine chose, two filled ids may be two fields: only "not found" merges.
  if (row.field === undefined && row.outcome !== "not_found") return undefined;
  const where = row.field ? `${row.frameUrl}|${row.field.label}|${row.field.section}` : row.frameUrl;
  return `${id.slice(id.indexOf("."))}|${row.outcome}|${row.expected ?? ""}|${where}`;
}

/**
 * The report after "fill the ticked rows": the worker sent only the ticked figures, so each other
 * figure keeps its preview row — one the user could have ticked and did not is `not_chosen`;
 * one without a tick box keeps the preview's reason (unclear, hidden, not found, another value).
 * In the order the figures were asked for.
 */
export function withUnsent(
  rows: readonly FigureRow[],
  preview: readonly FigureRow[],
  order: readonly string[],
): FigureRow[] {
  const sent = new Set(rows.flatMap((row) => row.ids));
  const unsent = preview
    .filter((row) => !row.ids.some((id) => sent.has(id)))
    .map((row): FigureRow => (row.outcome === "planned" ? { ...row, outcome: "not_chosen" } : row));
  const at = (row: FigureRow) => order.indexOf(row.ids[0] ?? "");
  return [...rows, ...unsent].sort((a, b) => at(a) - at(b));
}
