import type { Lang } from "../../shared/messages/lang";
import type { Issue } from "../../shared/report/issue";
import { splitAddress } from "./cell-reference";
import type { ExcelRun } from "./excel-run";
import { type MarkPlan, planMarks } from "./mark-plan";
import { MARK_PREFIX, type MarkState, queueRead } from "./read-workbook";
import type { Capabilities, WorkbookSnapshot } from "./workbook-adapter";
import { queueMarks } from "./write-marks";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

function abortError(): Error {
  return new DOMException("The validation pass was superseded.", "AbortError");
}

/**
 * The two halves of a validation pass, and what links them: each read remembers the marks state
 * (record, fills, protection, own comments) that the following marks batch needs, so the pass costs
 * one sync to read and one to mark. Marks without a read first cost one extra sync.
 */
export class MarkKeeper {
  private state: MarkState | undefined;
  /** Cells found holding the user's own note: marked by fill only from then on. */
  private readonly userNotes = new Set<string>();

  constructor(
    private readonly run: ExcelRun,
    private readonly write: <T>(batch: Batch<T>) => Promise<T>,
    private readonly capabilities: () => Capabilities & { xmlParts: boolean },
  ) {}

  /** One sync: the snapshot to validate; an aborted signal throws `AbortError` and keeps nothing. */
  async read(signal?: AbortSignal): Promise<WorkbookSnapshot> {
    const { snapshot, marks } = await this.readBoth(signal);
    this.state = marks;
    return snapshot;
  }

  /** One sync: last marks off, these on; nothing at all when the signal is aborted. */
  async mark(issues: readonly Issue[], lang: Lang, signal?: AbortSignal): Promise<void> {
    const state = this.state ?? (await this.readBoth(signal)).marks;
    if (signal?.aborted) return;
    const caps = this.capabilities();
    const kind = caps.notes ? "note" : caps.comments ? "comment" : "fill";
    const plan = planMarks(issues, lang, state, kind, this.userNotes);
    try {
      await this.writePlan(plan, state, signal);
    } catch (error) {
      if (kind !== "note" || signal?.aborted) throw error;
      await this.markAroundUserNotes(issues, lang, plan, signal);
    }
  }

  /**
   * Excel allows one note per cell, so a batch that puts a mark note where the user has a note of
   * their own fails there. This costs one sync more than a pass: read again, with the notes of the
   * planned cells; then mark those cells by fill only (their note untouched, remembered for later
   * passes) and replace any note of the add-in's own the failed batch left behind.
   */
  private async markAroundUserNotes(
    issues: readonly Issue[],
    lang: Lang,
    failed: MarkPlan,
    signal?: AbortSignal,
  ) {
    const { marks: state, notes } = await this.run(async (context) => {
      const finish = queueRead(context, this.capabilities());
      const probes = failed.write.map((mark) => {
        const { sheet, cell } = splitAddress(mark.cell);
        return [
          mark.cell,
          context.workbook.worksheets.getItem(sheet).notes.getItemOrNullObject(cell).load("content"),
        ] as const;
      });
      await context.sync();
      return {
        ...finish(),
        notes: probes.map(([cell, note]) => [cell, note.isNullObject ? undefined : note.content] as const),
      };
    });
    const stray = new Set<string>();
    for (const [cell, content] of notes) {
      if (content === undefined) continue;
      if (content.startsWith(MARK_PREFIX)) stray.add(cell);
      else this.userNotes.add(cell);
    }
    // The failed batch may have painted cells before it stopped: their fill to restore is the one
    // the first plan saw, not the mark colour read back now.
    const originals = new Map(failed.write.map((mark) => [mark.cell, mark.original]));
    const plan = planMarks(issues, lang, state, "note", this.userNotes);
    const write = plan.write.map((mark) => ({
      ...mark,
      original: originals.get(mark.cell) ?? mark.original,
    }));
    await this.writePlan({ ...plan, write }, state, signal, stray);
  }

  private writePlan(plan: MarkPlan, state: MarkState, signal?: AbortSignal, stray?: ReadonlySet<string>) {
    return this.write(async (context) => {
      if (signal?.aborted) return;
      const next = queueMarks(context, plan, state, stray);
      await context.sync();
      this.state = next;
    });
  }

  /** Takes every mark off, reading first so comments written since the last read are found too. */
  async clear(): Promise<void> {
    this.state = (await this.readBoth()).marks;
    await this.mark([], "nb");
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
