import type { Lang } from "../../shared/messages/lang";
import { type FoundMark, findMarks, MARK_COLOURS, type PlannedMark, resolvedText } from "./mark-plan";
import { type MarkEntry, sameRecord, textSig } from "./mark-record";
import type { MarkState } from "./read-workbook";

/** One change a batch of marks makes; cells are `Sheet!C7`. */
export type MarkStep =
  | { op: "paint"; cell: string; colour: string }
  | { op: "restore"; cell: string; fill: string }
  | { op: "addNote"; cell: string; text: string }
  | { op: "setNote"; cell: string; text: string }
  | { op: "deleteNote"; cell: string }
  | { op: "addComment"; cell: string; text: string }
  | { op: "setComment"; cell: string; id: string; text: string; reopen: boolean }
  | { op: "resolveComment"; cell?: string; id: string; text: string }
  | { op: "deleteComment"; cell?: string; id: string };

/** A note or comment found on a cell. */
export interface Annotation {
  kind: "note" | "comment";
  own: boolean;
  sig: string;
  id?: string;
  resolved?: boolean;
}

/** What the host lets the marks do: notes (ExcelApi 1.18), comments (1.10), resolving them (1.12). */
export interface MarkHost {
  notes: boolean;
  comments: boolean;
  resolve: boolean;
}

/**
 * What the batch does, and the record it leaves; `unchanged` when it would write nothing at all;
 * `uncertain` when it would change a thread known only by a text two threads share, so the batch
 * must not run before the threads' cells are probed.
 */
export interface MarkSteps {
  steps: MarkStep[];
  record: MarkEntry[];
  unchanged: boolean;
  uncertain: boolean;
}

const MARK_FILLS = new Set(Object.values(MARK_COLOURS));

/**
 * Where the annotations are. After a probe (`known`) this is exact; otherwise it is inferred from
 * the record and the texts the read found: a recorded note whose text is among the add-in's notes
 * is there, a recorded comment is the own comment with the same text.
 */
class AnnotationView {
  private readonly notes: string[] | undefined;
  private readonly comments = new Map<string, string[]>();
  /** Texts more than one own thread carries, and the threads taken by such a text. */
  private readonly shared = new Set<string>();
  private readonly guessedIds = new Set<string>();

  constructor(
    private readonly state: MarkState,
    private readonly known?: ReadonlyMap<string, Annotation | undefined>,
  ) {
    this.notes = state.ownNotes?.map(textSig);
    for (const comment of state.ownComments) {
      if (comment.resolved) continue;
      const sig = textSig(comment.content);
      this.comments.set(sig, [...(this.comments.get(sig) ?? []), comment.id]);
    }
  }

  at(cell: string, entry: MarkEntry | undefined): Annotation | undefined {
    if (this.known) return this.known.get(cell);
    if (entry?.kind === "note") return this.takeNote(entry.sig);
    if (entry?.kind === "comment") {
      const ids = this.comments.get(entry.sig);
      const ambiguous = (ids?.length ?? 0) > 1 || this.shared.has(entry.sig);
      const id = ids?.shift();
      if (ambiguous) this.shared.add(entry.sig);
      if (ambiguous && id !== undefined) this.guessedIds.add(id);
      return id === undefined ? undefined : { kind: "comment", own: true, sig: entry.sig, id };
    }
    if (entry?.kind === "resolved") {
      const found = this.state.ownComments.find((comment) => comment.id === entry.id);
      return (
        found && { kind: "comment", own: true, sig: textSig(found.content), id: found.id, resolved: true }
      );
    }
    return undefined;
  }

  /** The add-in's unresolved comments no recorded mark accounts for (an interrupted batch's). */
  /** Threads taken by a text that another own thread shares. */
  get guessed(): Set<string> {
    return this.guessedIds;
  }

  strays(): string[] {
    if (this.known) return [];
    return [...this.comments.values()].flat();
  }

  private takeNote(sig: string): Annotation | undefined {
    const note: Annotation = { kind: "note", own: true, sig };
    if (!this.notes) return note;
    const at = this.notes.indexOf(sig);
    if (at < 0) return undefined;
    this.notes.splice(at, 1);
    return note;
  }
}

/**
 * Plans the batch that turns the marks the workbook has into the wanted ones, changing only what
 * differs: a mark already there with the same text is left alone (a thread keeps its replies), a
 * changed text is edited in place, a fixed cell's thread is resolved rather than deleted. A cell
 * holding a user's note or comment is marked by fill only (Excel allows one annotation per cell);
 * a fill the user chose instead of a mark is left alone.
 */
export function planSteps(
  wanted: readonly PlannedMark[],
  state: MarkState,
  host: MarkHost,
  lang: Lang,
  known?: ReadonlyMap<string, Annotation | undefined>,
): MarkSteps {
  const view = new AnnotationView(state, known);
  const found = new Map(findMarks(state).map((mark) => [mark.cell, mark]));
  const steps: MarkStep[] = [];
  const record: MarkEntry[] = [];
  for (const want of wanted) {
    const old = found.get(want.cell);
    found.delete(want.cell);
    record.push(markCell(want, old, view.at(want.cell, old), state, host, steps));
  }
  for (const old of found.values()) {
    const kept = unmarkCell(old, view.at(old.cell, old), state, host, lang, steps);
    if (kept) record.push(kept);
  }
  for (const id of view.strays()) {
    if (host.resolve) steps.push({ op: "resolveComment", id, text: resolvedText(lang) });
    else if (host.comments) steps.push({ op: "deleteComment", id });
  }
  const threads = new Set(steps.flatMap((step) => ("id" in step ? [step.id] : [])));
  const uncertain = [...view.guessed].some((id) => threads.has(id));
  return { steps, record, unchanged: steps.length === 0 && sameRecord(state.marks, record), uncertain };
}

function markCell(
  want: PlannedMark,
  old: FoundMark | undefined,
  there: Annotation | undefined,
  state: MarkState,
  host: MarkHost,
  steps: MarkStep[],
): MarkEntry {
  const now = state.fills[want.cell];
  const fill = old?.fill ?? (now !== undefined && !MARK_FILLS.has(now) ? now : "#FFFFFF");
  if (now !== want.colour) steps.push({ op: "paint", cell: want.cell, colour: want.colour });
  const sig = textSig(want.text);
  const entry = (kind: MarkEntry["kind"], entrySig = sig): MarkEntry => ({
    ref: want.ref,
    fill,
    kind,
    sig: entrySig,
  });
  if (there && !there.own) return entry("fill");
  if (there?.kind === "comment") {
    // The cell has a thread of the add-in's own: it carries the mark, whatever this host prefers.
    if (!host.comments || there.id === undefined) return { ...entry(old?.kind ?? "fill", old?.sig ?? sig) };
    if (there.resolved || there.sig !== sig)
      steps.push({
        op: "setComment",
        cell: want.cell,
        id: there.id,
        text: want.text,
        reopen: there.resolved === true,
      });
    return entry("comment");
  }
  if (there?.kind === "note") {
    if (!host.notes) return entry("note", there.sig); // a note this host cannot edit stays as it is, recorded
    if (there.sig !== sig) steps.push({ op: "setNote", cell: want.cell, text: want.text });
    return entry("note");
  }
  if (want.kind === "note") steps.push({ op: "addNote", cell: want.cell, text: want.text });
  if (want.kind === "comment") steps.push({ op: "addComment", cell: want.cell, text: want.text });
  return entry(want.kind);
}

function unmarkCell(
  old: FoundMark,
  there: Annotation | undefined,
  state: MarkState,
  host: MarkHost,
  lang: Lang,
  steps: MarkStep[],
): MarkEntry | undefined {
  const now = state.fills[old.cell];
  const painted = now === undefined || MARK_FILLS.has(now);
  if (old.kind !== "resolved" && painted && now !== old.fill)
    steps.push({ op: "restore", cell: old.cell, fill: old.fill });
  if (!there?.own) return undefined;
  if (there.kind === "note") {
    if (!host.notes) return old;
    steps.push({ op: "deleteNote", cell: old.cell });
    return undefined;
  }
  if (there.id === undefined || !host.comments) return old;
  if (there.resolved) return { ref: old.ref, fill: old.fill, kind: "resolved", sig: there.sig, id: there.id };
  if (!host.resolve) {
    steps.push({ op: "deleteComment", cell: old.cell, id: there.id });
    return undefined;
  }
  const text = resolvedText(lang);
  steps.push({ op: "resolveComment", cell: old.cell, id: there.id, text });
  return { ref: old.ref, fill: old.fill, kind: "resolved", sig: textSig(text), id: there.id };
}
