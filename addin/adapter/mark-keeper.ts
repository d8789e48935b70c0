import type { Lang } from "../../shared/messages/lang";
import type { Issue } from "../../shared/report/issue";
import type { ExcelRun } from "./excel-run";
import { planMarks } from "./mark-plan";
import { type MarkState, queueRead } from "./read-workbook";
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
    const plan = planMarks(issues, lang, state, caps.notes ? "note" : caps.comments ? "comment" : "fill");
    await this.write(async (context) => {
      if (signal?.aborted) return;
      const next = queueMarks(context, plan, state);
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
