// Setup of the dom tests. The task pane imports some code only when it is first used (English, the
// package reader with zod and its refusal words, the package writer, the template and fill writers,
// the fill's checks and dialogs, the regional tool, the save dialog's question, the trend, the beds
// panel of a capacity plan: docs/addin.md). A first import in Vitest transforms that code, which
// takes seconds on a busy machine and would race testing-library's waits; importing it here first
// leaves the pane's behaviour as the user sees it once the chunk is in. The lazy loading itself is
// tested in the built pane in Chromium (test/e2e/addin) and measured by `npm run bench`
// (gzipKB.taskpaneLazy).
import { loadLang } from "../../addin/i18n/pane-langs";

await Promise.all([
  loadLang("en"),
  import("../../shared/package/parse-package"),
  import("../../addin/components/package-from-pass"),
  import("../../addin/components/regional-plan"),
  import("../../addin/adapter/insert-templates"),
  import("../../addin/adapter/fill-from-package"),
  import("../../addin/adapter/write-regional-sheet"),
  import("../../addin/components/regional-panel"),
  import("../../addin/commands/ask-in-dialog"),
  import("../../addin/components/trend-section"),
  import("../../addin/components/fill-flow"),
  import("../../addin/components/beds-reference-panel"),
  import("../../addin/i18n/pane-langs").then(({ loadPackageWords }) => loadPackageWords()),
]);
