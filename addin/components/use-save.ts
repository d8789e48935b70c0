import { useState } from "preact/hooks";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { validateAndSave } from "../commands/validate-and-save";
import type { Say } from "./say";
import type { Work } from "./use-work";

/** The pane's "Validate & save": the shared command with the question asked inside the pane. */
export function useSave(adapter: WorkbookAdapter, say: Say, work: Work) {
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
      const outcome = await validateAndSave(adapter, confirm);
      return outcome.saved ? say("saved") : say("saveCancelled");
    });
  return { asking, save };
}
