import { useState } from "preact/hooks";
import type { PackageError } from "../../shared/package/package-error";
import type { FillConflict, WorkbookAdapter } from "../adapter/workbook-adapter";
import { readPackageFile } from "./read-package-file";
import type { Say } from "./say";
import type { Work } from "./use-work";

/** A question the pane is asking: the conflicting cells and how to answer. */
export interface PendingConflicts {
  conflicts: FillConflict[];
  answer: (overwrite: boolean) => void;
}

/** Filling from last year's package: strict reading, the overwrite question, and undo. */
export function useFill(adapter: WorkbookAdapter, say: Say, work: Work, revalidate: () => Promise<void>) {
  const [pending, setPending] = useState<PendingConflicts>();
  const [refused, setRefused] = useState<{ file: string; error: PackageError }>();
  const [canUndo, setCanUndo] = useState(false);
  const confirm = (conflicts: readonly FillConflict[]) =>
    new Promise<boolean>((resolve) =>
      setPending({
        conflicts: [...conflicts],
        answer: (overwrite) => {
          setPending(undefined);
          resolve(overwrite);
        },
      }),
    );
  const fromFile = (file: File) =>
    work.run("busyFill", async () => {
      setRefused(undefined);
      const read = await readPackageFile(file);
      if (!read.ok) {
        setRefused({ file: read.file, error: read.error });
        return undefined;
      }
      const result = await adapter.fillFromPackage(read.package, confirm);
      setCanUndo(true);
      await revalidate();
      return say("filled", { written: result.written, skipped: result.skipped.length });
    });
  const undo = () =>
    work.run("busy", async () => {
      await adapter.undoFill();
      setCanUndo(false);
      await revalidate();
      return say("undone");
    });
  return { pending, refused, canUndo, fromFile, undo };
}
