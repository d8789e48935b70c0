import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { IdentityRefusal } from "../adapter/fill-plan";
import type { FillConflict, WorkbookAdapter } from "../adapter/workbook-adapter";
import type { FillQuestion } from "./fill-target";
import { planFillTarget } from "./fill-target";
import { fillWord, fillWords } from "./fill-words";
import { sayWords, type Words } from "./say";
import type { Refusal } from "./use-fill";
import type { Work } from "./use-work";
import type { PassResult } from "./validation-loop";
import { workbookIdentity } from "./workbook-identity";

/** What a fill needs of the pane: its adapter, its work queue, and the hook's state and questions. */
export interface FillSteps {
  adapter: WorkbookAdapter;
  work: Work;
  current: () => PassResult | undefined;
  setRefused: (refusal: Refusal | undefined) => void;
  askYesNo: (question: FillQuestion) => Promise<boolean>;
  confirm: (conflicts: readonly FillConflict[]) => Promise<boolean>;
  setCanUndo: (can: boolean) => void;
}

const FILL_CANCELLED: Words = ["fillCancelled"];

/** A refused identity cell's words: where, what it holds and what the package would have put there. */
function identityParams(cell: IdentityRefusal): Record<string, string | number> {
  return { cell: cell.cell, current: String(cell.current), incoming: String(cell.incoming) };
}

/**
 * One fill from last year's package once it is read: the unit and year checks (refuse another unit,
 * ask about another year), the templates created where asked, figures that break their own field's
 * rule left out and named, the overwrite question, then the writes. In the fill-flow chunk, fetched
 * with the first package (docs/addin.md), so a pane that is only opened does not carry it.
 */
export async function runFill(steps: FillSteps, file: string, pkg: SubmissionPackage): Promise<Words> {
  const { adapter, work, setRefused } = steps;
  const result = steps.current();
  const identity = workbookIdentity(result);
  const templates = result?.snapshot.templates ?? [];
  const plan = planFillTarget(pkg, file, { ...identity, templates });
  if (plan.kind === "refuse") {
    const { message } = plan;
    setRefused((words, now) => sayWords(message, words, now));
    return FILL_CANCELLED;
  }
  // While a question stands nothing is being filled: the status line says what is asked (A9).
  for (const next of plan.questions) {
    work.setStatus(next.title);
    if (!(await steps.askYesNo(next))) return FILL_CANCELLED;
  }
  if (plan.create) await adapter.insertTemplates(plan.create.templates, plan.create.org, plan.create.year);
  // A figure that breaks its own field's rule is named and left out, never shown rounded (A16).
  const { unfitFigures, unfitParams, withoutFigures } = await import("./unfit-figures");
  const unfit = unfitFigures(pkg);
  const usable = withoutFigures(
    pkg,
    unfit.map((issue) => issue.field),
  );
  // The workbook's year stays its own; the package's year is recorded as that of the `prev.` cells (A4).
  const filled = await adapter.fillFromPackage(
    usable,
    (conflicts) => {
      work.setStatus(fillWords("confirmFillTitle"));
      return steps.confirm(conflicts);
    },
    identity.year,
  );
  if (filled.refused.length > 0) {
    const cells = filled.refused;
    setRefused((_, now) =>
      cells.map((cell) => fillWord(now, "fillIdentityRefused", identityParams(cell))).join(" "),
    );
    return FILL_CANCELLED;
  }
  if (unfit.length > 0)
    setRefused((_, now) =>
      unfit.map((issue) => fillWord(now, "fillUnfit", unfitParams(issue, now))).join(" "),
    );
  steps.setCanUndo(true);
  return ["filled", { written: filled.written, skipped: filled.skipped.length }];
}
