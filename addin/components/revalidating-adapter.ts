import type { WorkbookAdapter } from "../adapter/workbook-adapter";

/** What the wrapper needs from the validation loop. */
export interface Revalidator {
  revalidate: () => Promise<void>;
  rewatch: () => void;
}

/**
 * The adapter as the pane's actions use it: every write of ours is followed by a fresh pass, because
 * the change events leave the add-in's own writes out (docs/addin.md), so without it the pane would
 * keep an old verdict after an export, a fill or "Valider og lagre". A write that failed half-way is
 * judged again too. After adding sheets (templates, the regional sheet) the pane subscribes again: hosts before ExcelApi 1.9 watch
 * sheet by sheet, and a sheet created after the subscription would otherwise go unwatched.
 * Removing marks is not a figure write and re-marks nothing.
 */
export function revalidatingAdapter(adapter: WorkbookAdapter, loop: () => Revalidator): WorkbookAdapter {
  const after =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>, rewatch = false) =>
    async (...args: A): Promise<R> => {
      try {
        return await write(...args);
      } finally {
        if (rewatch) loop().rewatch();
        await loop().revalidate();
      }
    };
  return {
    ...adapter,
    insertTemplates: after(adapter.insertTemplates.bind(adapter), true),
    fillFromPackage: after(adapter.fillFromPackage.bind(adapter)),
    undoFill: after(adapter.undoFill.bind(adapter)),
    writeNotes: after(adapter.writeNotes.bind(adapter)),
    writeMeta: after(adapter.writeMeta.bind(adapter)),
    save: after(adapter.save.bind(adapter)),
    writeRegionalSheet: after(adapter.writeRegionalSheet.bind(adapter), true),
  };
}
