import { loadLang } from "../i18n/pane-langs";
import { detectCapabilities, type IsSetSupported } from "./capabilities";
import type { ExcelRun } from "./excel-run";
import type { FillUndo } from "./fill-from-package";
import { MarkKeeper } from "./mark-keeper";
import { OwnWrites } from "./own-writes";
import { markQuiet } from "./quiet-writes";
import { saveWorkbook } from "./save-workbook";
import { selectCell, writeMeta, writeNotes } from "./small-writes";
import { subscribeChanges } from "./user-changes";
import type { WorkbookAdapter } from "./workbook-adapter";

/** What the adapter needs from outside; Office's own globals when not given (tests give a model or mock). */
export interface OfficeAdapterDeps {
  run?: ExcelRun;
  isSetSupported?: IsSetSupported;
  /**
   * How long after its own write a change event is still the add-in's own, on hosts that can neither
   * tell (`triggerSource`, ExcelApi 1.14) nor silence it (`enableEvents`, ExcelApi 1.8).
   */
  ownWriteGraceMs?: number;
  /** Whether the workbook was ever saved (`Office.context.document.url`); a new one is saved with a prompt. */
  documentUrl?: () => string | undefined;
}

function officeDocumentUrl(): string | undefined {
  try {
    return Office.context.document?.url ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The add-in's only door to Excel. A full validation pass is `read` (one sync) then `writeMarks`
 * (one sync, or none when the marks are already right); everything else is a short batch too. A
 * pass whose signal is aborted is dropped: its read result is discarded and its marks are not written.
 */
export function createOfficeAdapter(deps: OfficeAdapterDeps = {}): WorkbookAdapter {
  // Office's globals are looked up per call: the playground installs its model after this runs.
  const run: ExcelRun =
    deps.run ?? ((...args: unknown[]) => (Excel.run as (...a: unknown[]) => Promise<never>)(...args));
  const isSetSupported =
    deps.isSetSupported ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
  const capabilities = () => detectCapabilities(isSetSupported);
  const ownWrites = new OwnWrites(deps.ownWriteGraceMs ?? 500);
  const graceOnly = () => !capabilities().changeSource && !capabilities().enableEvents;
  const quiet = () => !capabilities().changeSource && capabilities().enableEvents;
  const write = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
    const quietBatch = (context: Excel.RequestContext) => {
      if (quiet()) markQuiet(context);
      return batch(context);
    };
    return graceOnly() ? ownWrites.during(() => run(quietBatch)) : run(quietBatch);
  };
  const marks = new MarkKeeper(run, write, capabilities);
  let lastFill: FillUndo | undefined;
  return {
    capabilities,
    read: (signal) => marks.read(signal),
    async writeMarks(issues, lang, signal) {
      // Marks are written in the language asked for, whoever asks: its words are loaded first.
      await loadLang(lang);
      return marks.mark(issues, lang, signal);
    },
    clearMarks: () => marks.clear(),
    selectCell: (address) => run((context) => selectCell(context, address)),
    async insertTemplates(templates, unit, year) {
      // Laying out sheets is done once per workbook: a chunk loaded at first use (docs/addin.md).
      const { insertTemplates } = await import("./insert-templates");
      return write((context) => insertTemplates(context, capabilities(), { templates, unit, year }));
    },
    async fillFromPackage(previous, confirmOverwrite, year) {
      // Filling from last year is done once a year: a chunk loaded at first use (docs/addin.md).
      const { fillFromPackage } = await import("./fill-from-package");
      const { result, undo } = await fillFromPackage(write, previous, confirmOverwrite, year);
      // A refused fill wrote nothing: the fill before it stays the one to undo.
      if (result.refused.length === 0) lastFill = undo;
      return result;
    },
    async undoFill() {
      const undo = lastFill;
      lastFill = undefined;
      if (undo) await (await import("./fill-from-package")).undoFill(write, undo);
    },
    writeNotes: (notes) => write((context) => writeNotes(context, notes)),
    writeMeta: (meta) => write((context) => writeMeta(context, meta, capabilities().xmlParts)),
    async writeRegionalSheet(plan) {
      // Only RHF staff build it: its code is a chunk of its own, loaded at first use (docs/addin.md).
      const { writeRegionalSheet } = await import("./write-regional-sheet");
      return write((context) => writeRegionalSheet(context, plan));
    },
    save: () => saveWorkbook(run, capabilities().save, (deps.documentUrl ?? officeDocumentUrl)()),
    onUserChange(handler) {
      const { sheetsEvent, changeSource } = capabilities();
      return subscribeChanges(
        run,
        { sheetsEvent, changeSource, ...(graceOnly() ? { ownWrites } : {}) },
        handler,
      );
    },
  };
}
