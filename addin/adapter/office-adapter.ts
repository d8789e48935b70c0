import { detectCapabilities, type IsSetSupported } from "./capabilities";
import type { ExcelRun } from "./excel-run";
import { type FillUndo, fillFromPackage, undoFill } from "./fill-from-package";
import { insertTemplates } from "./insert-templates";
import { MarkKeeper } from "./mark-keeper";
import { OwnWrites } from "./own-writes";
import { selectCell, writeMeta, writeNotes } from "./small-writes";
import { subscribeChanges } from "./user-changes";
import type { WorkbookAdapter } from "./workbook-adapter";

/** What the adapter needs from outside; Office's own globals when not given (tests give a model or mock). */
export interface OfficeAdapterDeps {
  run?: ExcelRun;
  isSetSupported?: IsSetSupported;
  /** How long after its own write a change event is still the add-in's own (hosts before ExcelApi 1.14). */
  ownWriteGraceMs?: number;
}

const SAVE_UNSUPPORTED =
  "Denne Excel-versjonen kan ikke lagre fra tillegget (ExcelApi 1.11); lagre med Ctrl+S. / " +
  "This Excel cannot save from the add-in (ExcelApi 1.11); save with Ctrl+S.";

/**
 * The add-in's only door to Excel. A full validation pass is `read` (one sync) then `writeMarks`
 * (one sync); everything else is a short batch too. A pass whose signal is aborted is dropped:
 * its read result is discarded and its marks are not written.
 */
export function createOfficeAdapter(deps: OfficeAdapterDeps = {}): WorkbookAdapter {
  // Office's globals are looked up per call: the playground installs its model after this runs.
  const run: ExcelRun =
    deps.run ?? ((...args: unknown[]) => (Excel.run as (...a: unknown[]) => Promise<never>)(...args));
  const isSetSupported =
    deps.isSetSupported ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
  const ownWrites = new OwnWrites(deps.ownWriteGraceMs ?? 500);
  const write = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    ownWrites.during(() => run(batch));
  const capabilities = () => detectCapabilities(isSetSupported);
  const marks = new MarkKeeper(run, write, capabilities);
  let lastFill: FillUndo | undefined;
  return {
    capabilities,
    read: (signal) => marks.read(signal),
    writeMarks: (issues, lang, signal) => marks.mark(issues, lang, signal),
    clearMarks: () => marks.clear(),
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
      if (!capabilities().save) throw new Error(SAVE_UNSUPPORTED);
      await run(async (context) => {
        context.workbook.save("Save");
        await context.sync();
      });
    },
    onUserChange(handler) {
      const { sheetsEvent, changeSource } = capabilities();
      return subscribeChanges(run, { sheetsEvent, changeSource, ownWrites }, handler);
    },
  };
}
