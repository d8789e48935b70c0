import type { Lang } from "../../shared/messages/lang";
import type { Issue } from "../../shared/report/issue";
import { detectCapabilities, type IsSetSupported } from "./capabilities";
import type { ExcelRun } from "./excel-run";
import { type FillUndo, fillFromPackage, undoFill } from "./fill-from-package";
import { insertTemplates } from "./insert-templates";
import { planMarks } from "./mark-plan";
import { OwnWrites } from "./own-writes";
import { type MarkState, queueRead } from "./read-workbook";
import { selectCell, writeMeta, writeNotes } from "./small-writes";
import { subscribeChanges } from "./user-changes";
import type { WorkbookAdapter, WorkbookSnapshot } from "./workbook-adapter";
import { queueMarks } from "./write-marks";

/** What the adapter needs from outside; Office's own globals when not given (tests give a model or mock). */
export interface OfficeAdapterDeps {
  run?: ExcelRun;
  isSetSupported?: IsSetSupported;
  /** How long after its own write a change event is still the add-in's own (hosts before ExcelApi 1.14). */
  ownWriteGraceMs?: number;
}

function abortError(): Error {
  return new DOMException("The validation pass was superseded.", "AbortError");
}

/**
 * The add-in's only door to Excel. A full validation pass is `read` (one sync) then `writeMarks`
 * (one sync); everything else is a short batch too. A pass whose signal is aborted is dropped:
 * its read result is discarded and its marks are not written.
 */
export function createOfficeAdapter(deps: OfficeAdapterDeps = {}): WorkbookAdapter {
  const run: ExcelRun =
    deps.run ?? ((...args: unknown[]) => (Excel.run as (...a: unknown[]) => Promise<never>)(...args));
  const isSetSupported =
    deps.isSetSupported ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
  const ownWrites = new OwnWrites(deps.ownWriteGraceMs ?? 500);
  const write = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    ownWrites.during(() => run(batch));
  let markState: MarkState | undefined;
  let lastFill: FillUndo | undefined;
  const capabilities = () => detectCapabilities(isSetSupported);

  const readState = (signal?: AbortSignal) =>
    run(async (context) => {
      if (signal?.aborted) throw abortError();
      const finish = queueRead(context, capabilities());
      await context.sync();
      if (signal?.aborted) throw abortError();
      return finish();
    });

  const applyMarks = async (issues: readonly Issue[], lang: Lang, signal?: AbortSignal) => {
    const state = markState ?? (await readState(signal)).marks;
    if (signal?.aborted) return;
    const caps = capabilities();
    const plan = planMarks(issues, lang, state, caps.notes ? "note" : caps.comments ? "comment" : "fill");
    await write(async (context) => {
      if (signal?.aborted) return;
      const next = queueMarks(context, plan, state);
      await context.sync();
      markState = next;
    });
  };

  return {
    capabilities,
    async read(signal): Promise<WorkbookSnapshot> {
      const { snapshot, marks } = await readState(signal);
      markState = marks;
      return snapshot;
    },
    writeMarks: applyMarks,
    async clearMarks() {
      markState = (await readState()).marks;
      await applyMarks([], "nb");
    },
    selectCell: (address) => run((context) => selectCell(context, address)),
    insertTemplates: (templates, unit, year) =>
      write((context) => insertTemplates(context, capabilities(), { templates, unit, year })),
    async fillFromPackage(previous, confirmOverwrite) {
      const { result, undo } = await ownWrites.during(() => fillFromPackage(run, previous, confirmOverwrite));
      lastFill = undo;
      return result;
    },
    async undoFill() {
      const undo = lastFill;
      lastFill = undefined;
      if (undo) await ownWrites.during(() => undoFill(run, undo));
    },
    writeNotes: (notes) => write((context) => writeNotes(context, notes)),
    writeMeta: (meta) => write((context) => writeMeta(context, meta, capabilities().xmlParts)),
    async save() {
      if (!capabilities().save) {
        throw new Error(
          "Denne Excel-versjonen kan ikke lagre fra tillegget (ExcelApi 1.11). Lagre med Ctrl+S. / This Excel cannot save from the add-in (ExcelApi 1.11); save with Ctrl+S.",
        );
      }
      await run(async (context) => {
        context.workbook.save("Save");
        await context.sync();
      });
    },
    onUserChange(handler) {
      const caps = capabilities();
      return subscribeChanges(
        run,
        { sheetsEvent: caps.sheetsEvent, changeSource: caps.changeSource, ownWrites },
        handler,
      );
    },
  };
}
