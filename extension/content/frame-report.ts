import type { FigureReport, FrameResult, MissingReason } from "./content-api";

const MISSING: ReadonlySet<string> = new Set([
  "not_found",
  "ambiguous",
  "hidden",
  "readonly",
  "disabled",
  "changed",
  "no_option",
  "refused",
]);

/**
 * A frame's answer from its per-figure reports, with the lists the service worker has always
 * read (filled, missing with reasons, mismatched, matched, pending) derived from them.
 */
export function frameResult(
  doc: Document,
  reports: readonly FigureReport[],
  extra: Partial<FrameResult>,
): FrameResult {
  const result: FrameResult = {
    frameUrl: doc.URL,
    filled: [],
    missing: [],
    mismatched: [],
    matched: [],
    pending: [],
    reasons: {},
    figures: [...reports],
    ...extra,
  };
  for (const report of reports) {
    if (report.sameAs !== undefined) continue;
    if (report.outcome === "filled") result.filled.push(report.id);
    else if (report.outcome === "matched") result.matched.push(report.id);
    else if (report.outcome === "pending") result.pending?.push(report.id);
    else if (report.outcome === "mismatched") {
      result.mismatched.push({ id: report.id, expected: report.expected ?? "", actual: report.actual ?? "" });
    } else if (MISSING.has(report.outcome)) {
      result.missing.push(report.id);
      result.reasons = { ...result.reasons, [report.id]: report.outcome as MissingReason };
    }
  }
  return result;
}
