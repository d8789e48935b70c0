import { describeIssue } from "../../shared/messages/describe";
import type { Lang } from "../../shared/messages/lang";
import type { Issue, Severity } from "../../shared/report/issue";
import type { MarkEntry } from "./mark-record";
import { MARK_PREFIX, type MarkState } from "./read-workbook";

/** Light red for errors, light amber for warnings: Excel's own "bad" and "neutral" cell styles. */
export const MARK_COLOURS: Record<Exclude<Severity, "info">, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
};

const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  nb: { error: "feil", warning: "advarsel", info: "merk" },
  en: { error: "error", warning: "warning", info: "note" },
};

/** One cell to mark: its colour, the text of its note or comment, and the fill to restore later. */
export interface PlannedMark {
  cell: string;
  /** How the record names it: the cell's defined name, else its address. */
  ref: string;
  colour: string;
  text: string;
  original: string;
  /** What is written besides the fill: the plan's kind, or only the fill where the user has a note. */
  kind: MarkEntry["kind"];
}

/** A recorded mark found again: its cell now. */
export interface FoundMark extends MarkEntry {
  cell: string;
}

/** What one batch of marks does: take the old ones off, put the new ones on, remember them. */
export interface MarkPlan {
  clear: FoundMark[];
  write: PlannedMark[];
  kind: MarkEntry["kind"];
}

function worst(issues: readonly Issue[]): Severity {
  if (issues.some((issue) => issue.severity === "error")) return "error";
  return issues.some((issue) => issue.severity === "warning") ? "warning" : "info";
}

/**
 * Plans the marks for a set of issues: one mark per cell with an error or warning (info is not
 * marked), coloured by the worst, its text every message for that cell in the user's language.
 * The fill to restore is the one before the first mark, never a mark colour. A cell in
 * `userNotes` already holds the user's own note, and Excel allows one per cell: it gets the fill only.
 */
export function planMarks(
  issues: readonly Issue[],
  lang: Lang,
  state: MarkState,
  kind: MarkEntry["kind"],
  userNotes: ReadonlySet<string> = new Set(),
): MarkPlan {
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (!issue.cell || issue.severity === "info") continue;
    byCell.set(issue.cell, [...(byCell.get(issue.cell) ?? []), issue]);
  }
  const clear = findMarks(state);
  const before = new Map(clear.map((entry) => [entry.cell, entry.fill]));
  const names = new Map(Object.entries(state.cells).map(([name, cell]) => [cell, name]));
  const write = [...byCell].map(([cell, cellIssues]) => {
    const severity = worst(cellIssues) as Exclude<Severity, "info">;
    const lines = cellIssues.map((issue) => `• ${describeIssue(issue, lang)}`);
    return {
      cell,
      ref: names.get(cell) ?? cell,
      colour: MARK_COLOURS[severity],
      text: `${MARK_PREFIX} – ${SEVERITY_WORDS[lang][severity]}:\n${lines.join("\n")}`,
      original: before.get(cell) ?? state.fills[cell] ?? "#FFFFFF",
      kind: kind === "note" && userNotes.has(cell) ? "fill" : kind,
    };
  });
  return { clear, write, kind };
}

/**
 * Where the recorded marks are now: through their defined names, or their address while its sheet
 * still exists. A mark whose name and sheet are both gone went with them.
 */
export function findMarks(state: MarkState): FoundMark[] {
  return state.marks.flatMap((entry) => {
    const named = Object.hasOwn(state.cells, entry.ref) ? state.cells[entry.ref] : undefined;
    const sheet = entry.ref.slice(0, entry.ref.lastIndexOf("!"));
    const cell =
      named ?? (entry.ref.includes("!") && Object.hasOwn(state.protection, sheet) ? entry.ref : undefined);
    return cell ? [{ ...entry, cell }] : [];
  });
}
