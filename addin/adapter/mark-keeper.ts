import type { Lang } from "../../shared/messages/lang";
import type { Issue } from "../../shared/report/issue";
import { readableAddress, splitAddress } from "./cell-reference";
import type { ExcelRun } from "./excel-run";
import { findMarks, isOwnText, wantedMarks } from "./mark-plan";
import { textSig } from "./mark-record";
import { type Annotation, type MarkHost, type MarkSteps, planSteps } from "./mark-steps";
import { readPiledMeta } from "./meta-parts";
import { type MarkState, queueRead, type ReadCapabilities } from "./read-workbook";
import type { Capabilities, WorkbookSnapshot } from "./workbook-adapter";
import { queueMarks } from "./write-marks";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
type Caps = Capabilities & ReadCapabilities;

function abortError(): Error {
  return new DOMException("The validation pass was superseded.", "AbortError");
}

/**
 * The two halves of a validation pass, and what links them: each read remembers the marks state
 * (record, fills, protection, the add-in's notes and comments) that the following marks batch needs,
 * so a pass costs one sync to read and one to mark, and a pass whose marks are already there costs
 * the read only: nothing is written, so Excel's undo stack is left alone.
 */
export class MarkKeeper {
  private state: MarkState | undefined;
  /** Cells found holding a user's note or comment: marked by fill only from then on. */
  private readonly fillOnly = new Set<string>();

  constructor(
    private readonly run: ExcelRun,
    private readonly write: <T>(batch: Batch<T>) => Promise<T>,
    private readonly capabilities: () => Caps,
  ) {}

  /** One sync: the snapshot to validate; an aborted signal throws `AbortError` and keeps nothing. */
  async read(signal?: AbortSignal): Promise<WorkbookSnapshot> {
    const { snapshot, marks, piledMeta } = await this.readBoth(signal);
    this.state = marks;
    if (piledMeta.length === 0) return snapshot;
    // Copies of the meta part piled up (a rare workbook): one sync more reads them all.
    const meta = await this.run((context) => readPiledMeta(context, piledMeta));
    return meta ? { ...snapshot, meta } : snapshot;
  }

  /** One sync, or none when the marks are already as wanted; nothing at all when the signal is aborted. */
  async mark(issues: readonly Issue[], lang: Lang, signal?: AbortSignal): Promise<void> {
    const state = this.state ?? (await this.readBoth(signal)).marks;
    // A batch of marks makes the read stale; only an unchanged pass keeps it.
    this.state = undefined;
    if (signal?.aborted) return;
    const plan = this.plan(issues, lang, state);
    if (plan.unchanged) {
      this.state = state;
      return;
    }
    // Two threads say the same and one of them is to change: find out which is where first.
    if (plan.uncertain) return this.markAfterProbe(issues, lang, signal);
    try {
      await this.writeSteps(plan, state, signal);
    } catch (error) {
      if (signal?.aborted) throw error;
      await this.markAfterProbe(issues, lang, signal);
    }
  }

  /** Takes every mark off, reading first so comments written since the last read are found too. */
  async clear(): Promise<void> {
    this.state = (await this.readBoth()).marks;
    await this.mark([], "nb");
  }

  private host(): MarkHost {
    const caps = this.capabilities();
    return { notes: caps.notes, comments: caps.comments, resolve: caps.comments && caps.resolveComments };
  }

  private plan(
    issues: readonly Issue[],
    lang: Lang,
    state: MarkState,
    known?: Map<string, Annotation | undefined>,
  ) {
    const caps = this.capabilities();
    const kind = caps.notes ? "note" : caps.comments ? "comment" : "fill";
    return planSteps(wantedMarks(issues, lang, state, kind, this.fillOnly), state, this.host(), lang, known);
  }

  /**
   * A batch failed: a cell held something the record did not know of (a user's note or thread, or a
   * coauthor's change). Read again, find every note and comment on the cells concerned (two syncs),
   * mark cells holding what a user wrote by fill only (remembered for later passes), and write.
   * Should that fail as well, this pass marks by fills only, and the cells it would have annotated
   * anew stay fill-only.
   */
  private async markAfterProbe(issues: readonly Issue[], lang: Lang, signal?: AbortSignal) {
    const { state, known } = await this.probe(issues, lang);
    for (const [cell, annotation] of known) if (annotation && !annotation.own) this.fillOnly.add(cell);
    const plan = this.plan(issues, lang, state, known);
    try {
      await this.writeSteps(plan, state, signal);
    } catch (error) {
      if (signal?.aborted) throw error;
      // Something the probe cannot see (a note where this host has no notes API) is on one of the
      // cells this batch annotated anew: those cells are marked by fill only from now on.
      for (const step of plan.steps)
        if (step.op === "addNote" || step.op === "addComment") this.fillOnly.add(step.cell);
      console.warn("HSØ: marks fell back to fills only", error);
      const fills = planSteps(
        wantedMarks(issues, lang, state, "fill"),
        state,
        { notes: false, comments: false, resolve: false },
        lang,
        known,
      );
      await this.writeSteps(fills, state, signal);
    }
  }

  private async probe(issues: readonly Issue[], lang: Lang) {
    const { marks: state } = await this.readBoth();
    const cells = new Set([
      ...wantedMarks(issues, lang, state, "fill").map((mark) => mark.cell),
      ...findMarks(state).map((mark) => mark.cell),
    ]);
    const caps = this.capabilities();
    const known = await this.run(async (context) => {
      const notes = caps.notes
        ? [...cells].map((address) => {
            const { sheet, cell } = splitAddress(address);
            return [
              address,
              context.workbook.worksheets.getItem(sheet).notes.getItemOrNullObject(cell).load("content"),
            ] as const;
          })
        : [];
      const comments = [...state.ownComments.map((comment) => comment.id), ...state.userComments].map(
        (id) => [id, context.workbook.comments.getItem(id).getLocation().load("address")] as const,
      );
      await context.sync();
      const found = new Map<string, Annotation | undefined>([...cells].map((cell) => [cell, undefined]));
      for (const [cell, note] of notes) {
        if (!note.isNullObject)
          found.set(cell, { kind: "note", own: isOwnText(note.content), sig: textSig(note.content) });
      }
      for (const [id, location] of comments) {
        const own = state.ownComments.find((comment) => comment.id === id);
        found.set(readableAddress(location.address), {
          kind: "comment",
          own: own !== undefined,
          sig: textSig(own?.content ?? ""),
          id,
          resolved: own?.resolved === true,
        });
      }
      return found;
    });
    return { state, known };
  }

  private writeSteps(plan: MarkSteps, state: MarkState, signal?: AbortSignal) {
    return this.write(async (context) => {
      if (signal?.aborted) return;
      queueMarks(context, plan.steps, plan.record, state);
      await context.sync();
    });
  }

  private readBoth(signal?: AbortSignal) {
    return this.run(async (context) => {
      if (signal?.aborted) throw abortError();
      const finish = queueRead(context, this.capabilities());
      await context.sync();
      if (signal?.aborted) throw abortError();
      return finish();
    });
  }
}
