import { useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { IdentityRefusal } from "../adapter/fill-plan";
import type { FillConflict, WorkbookAdapter } from "../adapter/workbook-adapter";
import { describePackageError } from "../i18n/pane-messages";
import type { FillQuestion } from "./fill-target";
import { readPackageFile } from "./read-package-file";
import type { Say } from "./say";
import type { Work } from "./use-work";
import type { PassResult } from "./validation-loop";
import { workbookIdentity } from "./workbook-identity";

/** The fill's checks and dialogs, fetched with its first package (fill-flow.ts). */
export type FillFlow = typeof import("./fill-flow");

/** A refused identity cell's words: where, what it holds and what the package would have put there. */
function identityParams(cell: IdentityRefusal): Record<string, string | number> {
  return { cell: cell.cell, current: String(cell.current), incoming: String(cell.incoming) };
}

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
  const [refused, setRefused] = useState<string>();
  const [canUndo, setCanUndo] = useState(false);
  const [flow, setFlow] = useState<FillFlow>();
  const [pending, confirm] = useAsk(
    (conflicts: readonly FillConflict[], answer): PendingConflicts => ({
      conflicts: [...conflicts],
      answer,
    }),
  );
  const [question, askYesNo] = useAsk(
    (q: FillQuestion, answer): OpenQuestion => ({
      title: say(...q.title),
      text: say(...q.text),
      yes: say(...q.yes),
      answer,
    }),
  );
  const fill = async ({ planFillTarget, packageForFill }: FillFlow, file: string, pkg: SubmissionPackage) => {
    const result = current();
    const identity = workbookIdentity(result);
    const plan = planFillTarget(
      pkg,
      file,
      { ...identity, templates: result?.snapshot.templates ?? [] },
      lang,
    );
    if (plan.kind === "refuse") {
      setRefused(say(...plan.message));
      return say("fillCancelled");
    }
    // While a question stands nothing is being filled: the status line says what is asked (A9).
    const asking = (title: string) => work.setStatus(title);
    for (const next of plan.questions) {
      asking(say(...next.title));
      if (!(await askYesNo(next))) return say("fillCancelled");
    }
    if (plan.create) await adapter.insertTemplates(plan.create.templates, plan.create.org, plan.create.year);
    // A figure that breaks its own field's rule is named and left out, never shown rounded (A16).
    const { unfitFigures, unfitParams, withoutFigures } = await import("./unfit-figures");
    const unfit = unfitFigures(pkg);
    const usable = withoutFigures(
      pkg,
      unfit.map((issue) => issue.field),
    );
    const filled = await adapter.fillFromPackage(packageForFill(usable, identity.year), (conflicts) => {
      asking(say("confirmFillTitle"));
      return confirm(conflicts);
    });
    if (filled.refused.length > 0) {
      setRefused(filled.refused.map((cell) => say("fillIdentityRefused", identityParams(cell))).join(" "));
      return say("fillCancelled");
    }
    if (unfit.length > 0)
      setRefused(unfit.map((issue) => say("fillUnfit", unfitParams(issue, lang))).join(" "));
    setCanUndo(true);
    return say("filled", { written: filled.written, skipped: filled.skipped.length });
  };
  const fromFile = (file: File) =>
    work.run("busyFill", async () => {
      setRefused(undefined);
      // The checks and dialogs are fetched while the file is read, not after it.
      const [read, loaded] = await Promise.all([readPackageFile(file), import("./fill-flow")]);
      setFlow(loaded);
      if (read.ok) return fill(loaded, read.file, read.package);
      setRefused(say("packageRefused", { file: read.file, message: describePackageError(read.error, lang) }));
      return undefined;
    });
  const undo = () =>
    work.run("busy", async () => {
      await adapter.undoFill();
      setCanUndo(false);
      return say("undone");
    });
  return {
    flow,
    pending,
    question,
    refused,
    canUndo,
    fromFile,
    undo,
  };
}
