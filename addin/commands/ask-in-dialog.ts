import type { Lang } from "../../shared/messages/lang";

/**
 * Asks "save with N errors?" in an Office dialog (the ribbon command has no pane of its own). The
 * dialog page answers "save" or "cancel"; a closed dialog or a host without dialogs means no.
 */
export function askInDialog(errors: number, lang: Lang): Promise<boolean> {
  const url = new URL(`commands.html?errors=${errors}&lang=${lang}`, window.location.href).href;
  return new Promise((resolve) => {
    try {
      Office.context.ui.displayDialogAsync(
        url,
        { height: 30, width: 35, displayInIframe: true },
        (opened) => {
          if (opened.status !== Office.AsyncResultStatus.Succeeded) return resolve(false);
          const dialog = opened.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            resolve("message" in arg && arg.message === "save");
          });
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve(false));
        },
      );
    } catch (error) {
      console.warn("[hso commands] dialog", error);
      resolve(false);
    }
  });
}
