import { useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import type { FillConflict, WorkbookAdapter } from "../adapter/workbook-adapter";
import { describePackageError } from "../i18n/pane-messages";
import type { FillQuestion } from "./fill-target";
import { readPackageFile } from "./read-package-file";
import { type Say, sayWords } from "./say";
import type { Work } from "./use-work";
import type { PassResult } from "./validation-loop";

/** The fill's checks and dialogs, fetched with its first package (fill-flow.ts). */
export type FillFlow = typeof import("./fill-flow");

/** A question the pane is asking: the conflicting cells and how to answer. */
export interface PendingConflicts {
  conflicts: FillConflict[];
  answer: (overwrite: boolean) => void;
}

/** A yes/no question in words, open until answered. */
export interface OpenQuestion {
  title: string;
  text: string;
  yes: string;
  answer: (yes: boolean) => void;
}

/**
 * A refusal kept as words to say, not as a said string: the pane shows it in the language chosen
 * now, so switching to English after a refusal switches the refusal too (adversary A12).
 */
export type Refusal = (say: Say, lang: Lang) => string;

/** Asks one yes/no question at a time through state; the promise answers when the user does. */
function useAsk<Q, O>(wrap: (question: Q, answer: (yes: boolean) => void) => O) {
  const [open, setOpen] = useState<O>();
  const ask = (question: Q) =>
    new Promise<boolean>((resolve) =>
      setOpen(
        wrap(question, (yes) => {
          setOpen(undefined);
          resolve(yes);
        }),
      ),
    );
  return [open, ask] as const;
}

/**
 * Filling from last year's package: strict reading, the unit and year checks (refuse another unit,
 * ask about another year or a workbook without a unit, offer templates to an empty workbook), the
 * overwrite question, and undo. `adapter` re-validates after each of its writes.
 */
export function useFill(
  adapter: WorkbookAdapter,
  say: Say,
  lang: Lang,
  work: Work,
  current: () => PassResult | undefined,
) {
  const [refused, keepRefused] = useState<Refusal>();
  // A function given to a state setter is taken as an updater: wrap it, so it is stored as it is.
  const setRefused = (refusal: Refusal | undefined) => keepRefused(() => refusal);
  const [canUndo, setCanUndo] = useState(false);
  const [flow, setFlow] = useState<FillFlow>();
  const [pending, confirm] = useAsk(
    (conflicts: readonly FillConflict[], answer): PendingConflicts => ({
      conflicts: [...conflicts],
      answer,
    }),
  );
  // The question is kept as words too and said in the language of each render (A12).
  const [asked, askYesNo] = useAsk((q: FillQuestion, answer) => ({ q, answer }));
  const question: OpenQuestion | undefined = asked && {
    title: sayWords(asked.q.title, say, lang),
    text: sayWords(asked.q.text, say, lang),
    yes: sayWords(asked.q.yes, say, lang),
    answer: asked.answer,
  };
  const fromFile = (file: File) =>
    work.run("busyFill", async () => {
      setRefused(undefined);
      // The checks and dialogs are fetched while the file is read, not after it.
      const [read, loaded] = await Promise.all([readPackageFile(file), import("./fill-flow")]);
      setFlow(loaded);
      if (read.ok) {
        const steps = { adapter, work, current, setRefused, askYesNo, confirm, setCanUndo };
        return loaded.runFill(steps, read.file, read.package);
      }
      const { file: name, error } = read;
      setRefused((words, now) =>
        words("packageRefused", { file: name, message: describePackageError(error, now) }),
      );
      return undefined;
    });
  const undo = () =>
    work.run("busy", async () => {
      await adapter.undoFill();
      setCanUndo(false);
      return ["undone"] as const;
    });
  return {
    flow,
    pending,
    question,
    refused: refused?.(say, lang),
    canUndo,
    fromFile,
    undo,
  };
}
