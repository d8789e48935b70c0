import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { mountTaskPane } from "../components/mount-task-pane";
import { createClosePrompt, startWithDocument } from "./office-runtime";
import { registerCommands } from "./register-commands";

/**
 * Starts the shared runtime's page: registers the ribbon command, asks to load with the document,
 * arms the close prompt while the template is invalid, and shows the pane with what this Office lacks.
 */
export async function bootTaskPane(root: HTMLElement, adapter: WorkbookAdapter): Promise<void> {
  registerCommands(adapter);
  const missing = await startWithDocument();
  const closePrompt = createClosePrompt();
  if (!closePrompt) missing.push("closePromptUnavailable");
  mountTaskPane(root, adapter, {
    runtimeMissing: missing,
    ...(closePrompt ? { onReport: (report) => closePrompt.update(report) } : {}),
  });
}
