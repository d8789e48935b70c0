import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { mountTaskPane } from "../components/mount-task-pane";
import { markModulesRan } from "./modules-ran";
import { createClosePrompt, onceTemplatesFound, startupMissing } from "./office-runtime";
import { registerCommands } from "./register-commands";

// This module runs before the window's load event: the classic old-Excel notice stays hidden.
markModulesRan();

/** The adapter, telling `found` which templates each read saw. */
function watchingTemplates(adapter: WorkbookAdapter, found: (templates: readonly string[]) => void) {
  return {
    ...adapter,
    async read(signal?: AbortSignal) {
      const snapshot = await adapter.read(signal);
      found(snapshot.templates);
      return snapshot;
    },
  } satisfies WorkbookAdapter;
}

/**
 * Starts the shared runtime's page: registers the ribbon command, shows the pane with what this
 * Office lacks, arms the close prompt while the template is invalid (SharedRuntime 1.2), and once a
 * read finds templates asks Excel to load the add-in and open the pane with this workbook.
 */
export async function bootTaskPane(root: HTMLElement, adapter: WorkbookAdapter): Promise<void> {
  const watched = watchingTemplates(adapter, onceTemplatesFound());
  registerCommands(watched);
  const missing = startupMissing();
  const closePrompt = createClosePrompt();
  if (!closePrompt) missing.push("closePromptUnavailable");
  await mountTaskPane(root, watched, {
    runtimeMissing: missing,
    ...(closePrompt ? { onReport: (report) => closePrompt.update(report) } : {}),
  });
}
