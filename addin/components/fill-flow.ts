/**
 * What the fill from last year's package needs beyond the step's file chooser: the fill's run (the
 * unit and year checks, the writes) and the dialogs that ask. Fetched with the first package chosen there, beside the package
 * reader (docs/addin.md: the `fill-flow` chunk), so a pane that is only opened does not carry them.
 */
export { ConfirmFillDialog } from "./confirm-fill-dialog";
export { planFillTarget } from "./fill-target";
export { QuestionDialog } from "./question-dialog";
export { runFill } from "./run-fill";
