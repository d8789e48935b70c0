import type { Lang } from "../../shared/messages/lang";
import { supports } from "./office-runtime";

/**
 * Whether a dialog message comes from the add-in's own page: where the host says its origin
 * (DialogOrigin 1.1), it must be ours; older hosts open dialogs on the add-in's own domain only.
 * https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins#cross-domain-messaging-to-the-host-runtime
 */
export function fromOwnPage(
  arg: { message: string; origin: string | undefined } | { error: number },
): boolean {
  if (!("message" in arg)) return false;
  if (!supports("DialogOrigin", "1.1")) return true;
  return arg.origin === window.location.origin;
}

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
            // Only our own page may answer (DialogOrigin 1.1 says where a message came from).
            if (!fromOwnPage(arg)) return;
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
