import type { Report } from "../../shared/report/report";
import type { UiWord } from "../i18n/ui-words";

/** Whether this Office supports a requirement set; false when Office.js is too old to tell. */
export function supports(set: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/**
 * Asks Office to load the add-in with the document from now on (SharedRuntime 1.1), so validation
 * runs from the moment the workbook opens. Answers what could not be done, for the pane to say.
 */
export async function startWithDocument(): Promise<UiWord[]> {
  if (!supports("SharedRuntime", "1.1")) return ["startupUnavailable"];
  try {
    await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    return [];
  } catch (error) {
    console.warn("[hso runtime] setStartupBehavior", error);
    return ["startupUnavailable"];
  }
}

/** Arms or disarms Excel's close prompt; `undefined` when this Excel has none (SharedRuntime 1.2). */
export interface ClosePrompt {
  update(report: Report): void;
}

/**
 * While the template has errors, closing the workbook asks first (beforeDocumentCloseNotification,
 * SharedRuntime 1.2). Only changes of state reach Office, not every pass.
 */
export function createClosePrompt(): ClosePrompt | undefined {
  if (!supports("SharedRuntime", "1.2")) return undefined;
  let armed = false;
  return {
    update(report) {
      const want = !report.ok;
      if (want === armed) return;
      armed = want;
      const notification = Office.addin.beforeDocumentCloseNotification;
      void (want ? notification.enable() : notification.disable()).catch((error: unknown) =>
        console.warn("[hso runtime] close prompt", error),
      );
    },
  };
}
