import type { Lang } from "../../shared/messages/lang";
import type { Issue, Severity } from "../../shared/report/issue";
import { describeIssue } from "../i18n/pane-messages";
import { type MarkEntry, textSig } from "./mark-record";
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

const RESOLVED_WORDS: Record<Lang, string> = {
  nb: "i orden nå; tråden står for svarene i den",
  en: "fixed now; the thread stays for its replies",
};

/** One cell to mark: its colour, the text of its note or comment, and the fill to restore later. */
export interface PlannedMark {
  cell: string;
  /** How the record names it: the cell's defined name, else its address. */
  ref: string;
  colour: string;
  text: string;
  /** What is written besides the fill: a note, a comment, or only the fill. */
  kind: "note" | "comment" | "fill";
}

/** A recorded mark found again: its cell now. */
export interface FoundMark extends MarkEntry {
  cell: string;
}

/** Plans the marks for a set of issues: one mark per cell with an error or warning, every message of that cell in it. */
export function wantedMarks(
  issues: readonly Issue[],
  lang: Lang,
  state: MarkState,
  kind: PlannedMark["kind"],
  fillOnly: ReadonlySet<string> = new Set(),
): PlannedMark[] {
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (!issue.cell || issue.severity === "info") continue;
    // A name over several cells is marked on its first: a note or comment takes one cell.
    const cell = issue.cell.split(":")[0] ?? issue.cell;
    byCell.set(cell, [...(byCell.get(cell) ?? []), issue]);
  }
  const names = new Map(Object.entries(state.cells).map(([name, cell]) => [cell, name]));
  return [...byCell].map(([cell, cellIssues]) => {
    const severity = worst(cellIssues);
    const lines = cellIssues.map((issue) => `• ${describeIssue(issue, lang)}`);
    return {
      cell,
      ref: names.get(cell) ?? cell,
      colour: MARK_COLOURS[severity],
      text: `${MARK_PREFIX} – ${SEVERITY_WORDS[lang][severity]}:\n${lines.join("\n")}`,
      kind: fillOnly.has(cell) ? "fill" : kind,
    };
  });
}

/** The text a resolved thread of the add-in's own is left with. */
export function resolvedText(lang: Lang): string {
  return `${MARK_PREFIX} – ${RESOLVED_WORDS[lang]}`;
}

function worst(issues: readonly Issue[]): Exclude<Severity, "info"> {
  return issues.some((issue) => issue.severity === "error") ? "error" : "warning";
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

/** Whether a text is one the add-in wrote. */
export function isOwnText(text: string): boolean {
  return text.startsWith(MARK_PREFIX);
}

/** The sig of a text, as the record keeps it. */
export const sigOf = textSig;
