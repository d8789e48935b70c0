import { useState } from "preact/hooks";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { validateAndSave } from "../commands/validate-and-save";
import type { Work } from "./use-work";
import { judge } from "./validation-loop";

/** Whether this Excel can save from the add-in (`workbook.save`, ExcelApi 1.11). */
export function canSave(adapter: WorkbookAdapter): boolean {
  return adapter.capabilities().save;
}

/**
 * The pane's "Validate & save": the shared command with the question asked inside the pane. Where
 * Excel cannot save from an add-in, it only validates and says so before anything is asked.
 */
export function useSave(adapter: WorkbookAdapter, work: Work, revalidate: () => Promise<void>) {
  const [asking, setAsking] = useState<{ errors: number; answer: (save: boolean) => void }>();
  const confirm = (errors: number) =>
    new Promise<boolean>((resolve) =>
      setAsking({
        errors,
        answer: (save) => {
          setAsking(undefined);
          resolve(save);
        },
      }),
    );
  const save = () =>
    work.run("busySave", async () => {
      if (!canSave(adapter)) {
        const { errors, warnings } = judge(await adapter.read(), "edit").stats;
        await revalidate();
        return ["validatedOnly", { errors, warnings }] as const;
      }
      const outcome = await validateAndSave(adapter, confirm);
      if (!outcome.saved) await revalidate();
      return [outcome.saved ? "saved" : "saveCancelled"] as const;
    });
  return { asking, save, supported: canSave(adapter) };
}
