import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { rememberedLang } from "../i18n/remember-lang";
import { validateAndSave } from "./validate-and-save";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Registers the ribbon's "Valider og lagre" (ExecuteFunction `validateAndSave` in the manifest).
 * In the shared runtime it runs beside the task pane; without one, in the function file's own runtime.
 */
export function registerCommands(adapter: WorkbookAdapter): void {
  const command = async (event: Office.AddinCommands.Event) => {
    try {
      await validateAndSave(adapter, async (errors) => {
        // The dialog is asked for only with errors: its code is fetched then (docs/addin.md).
        const { askInDialog } = await import("./ask-in-dialog");
        return askInDialog(errors, rememberedLang(storage()));
      });
    } catch (error) {
      console.error("[hso commands] validateAndSave", error);
    } finally {
      // Office waits for this call before it runs the command again.
      event.completed();
    }
  };
  // Both ways: hosts with `Office.actions` look the command up there, older ones (and the function
  // file's own runtime on some) as a global; either alone leaves the button dead somewhere.
  // https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands
  if (typeof Office.actions?.associate === "function") Office.actions.associate("validateAndSave", command);
  (globalThis as Record<string, unknown>).validateAndSave = command;
}
