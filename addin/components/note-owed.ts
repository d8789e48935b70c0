import type { Issue } from "../../shared/report/issue";

/**
 * The findings a written note settles (`note.<id>`): a change from last year, a planned change
 * within a plan, a measure not in place or gone back. They are warnings while editing and errors at
 * export, and the pane's explain step offers a text box for each.
 */
const NOTE_CODES: ReadonlySet<Issue["code"]> = new Set([
  "change_unexplained",
  "plan_change_unexplained",
  "status_comment_missing",
  "status_went_back",
]);

/** Whether writing the field's note settles this finding. */
export function isNoteOwed(issue: Issue): boolean {
  return NOTE_CODES.has(issue.code);
}
