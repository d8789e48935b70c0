import type {
  FigureReport,
  FigureToFill,
  FrameReports,
  FrameResult,
  MissingReason,
  Outcome,
} from "../content/content-api";

/** The outcomes only the worker gives (content-api.ts `Outcome`): no frame reports them. */
type WorkerOutcome = "not_chosen" | "not_kept" | "user_changed" | "unreadable";

/**
 * Which list of a frame's result each outcome a frame may report goes into (`none`: a plan's
 * row, in no list). Every outcome is named, so a new one cannot be left out of the lists unseen.
 */
const LIST_OF: Record<
  Exclude<Outcome, WorkerOutcome>,
  "filled" | "matched" | "pending" | "mismatched" | "missing" | "none"
> = {
  filled: "filled",
  matched: "matched",
  pending: "pending",
  mismatched: "mismatched",
  planned: "none",
  not_found: "missing",
  ambiguous: "missing",
  hidden: "missing",
  readonly: "missing",
  disabled: "missing",
  changed: "missing",
  no_option: "missing",
  refused: "missing",
};

const optional = (value: unknown, type: "string" | "boolean") => value === undefined || typeof value === type;

/** A figure's report as a frame sends it: its id, an outcome a frame gives, and text where text goes. */
function isReport(value: unknown): value is FigureReport {
  if (typeof value !== "object" || value === null) return false;
  const report = value as Record<string, unknown>;
  return (
    typeof report.id === "string" &&
    typeof report.outcome === "string" &&
    Object.hasOwn(LIST_OF, report.outcome) &&
    optional(report.expected, "string") &&
    optional(report.actual, "string") &&
    optional(report.sameAs, "string")
  );
}

/**
 * Whether a frame's answer is the content script's answer to plan/fill/check (content-api.ts
 * `FrameReports`): anything else (a page's object, an engine that did not run) is no answer, and
 * the worker makes it an error, never an empty result that reads "nothing to fill".
 */
function isFrameReports(value: unknown): value is FrameReports {
  if (typeof value !== "object" || value === null) return false;
  const answer = value as Record<string, unknown>;
  return (
    typeof answer.frameUrl === "string" &&
    Array.isArray(answer.figures) &&
    answer.figures.every(isReport) &&
    optional(answer.error, "string") &&
    optional(answer.undoId, "string") &&
    optional(answer.reloading, "boolean")
  );
}

/** A frame that failed or answered nothing usable: every figure of the request is missing. */
function failedFrame(
  frameUrl: string,
  figures: readonly Pick<FigureToFill, "id">[],
  error: string,
): FrameResult {
  const missing = figures.map((figure) => figure.id);
  return { frameUrl, filled: [], missing, mismatched: [], matched: [], error };
}

/**
 * A frame's result as the worker reads it: its per-figure reports with the lists derived from
 * them (filled, missing with reasons, mismatched, matched, pending), in the reports' order. A
 * figure reported the same field as another (`sameAs`) is in no list: it is counted once. Made
 * here, not in the frame, for the content script's size budget (docs/extension.md, "What lives
 * where"). A frame that failed (`error`) has every figure of the request missing.
 */
export function frameLists(answer: FrameReports, figures: readonly Pick<FigureToFill, "id">[]): FrameResult {
  if (answer.error !== undefined) return failedFrame(answer.frameUrl, figures, answer.error);
  const result: FrameResult & { pending: string[]; reasons: Record<string, MissingReason> } = {
    frameUrl: answer.frameUrl,
    filled: [],
    missing: [],
    mismatched: [],
    matched: [],
    pending: [],
    reasons: {},
    figures: [...answer.figures],
  };
  if (answer.reloading !== undefined) result.reloading = answer.reloading;
  if (answer.undoId !== undefined) result.undoId = answer.undoId;
  for (const report of answer.figures) {
    if (report.sameAs !== undefined) continue;
    const list = LIST_OF[report.outcome as keyof typeof LIST_OF];
    if (list === "mismatched") {
      result.mismatched.push({ id: report.id, expected: report.expected ?? "", actual: report.actual ?? "" });
    } else if (list === "missing") {
      result.missing.push(report.id);
      result.reasons[report.id] = report.outcome as MissingReason;
    } else if (list !== "none") result[list].push(report.id);
  }
  return result;
}

/**
 * What a frame answered to a request (`value`, from `frameUrl`) as the worker reads it: the
 * content script's reports with their lists, or, for anything else, the error `no_answer` with
 * every figure missing.
 */
export function frameResultOf(
  value: unknown,
  frameUrl: string,
  figures: readonly Pick<FigureToFill, "id">[],
): FrameResult {
  return isFrameReports(value) ? frameLists(value, figures) : failedFrame(frameUrl, figures, "no_answer");
}
