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

/** What the pane says this Office cannot do at start: load with the document (SharedRuntime 1.1). */
export function startupMissing(): UiWord[] {
  return supports("SharedRuntime", "1.1") ? [] : ["startupUnavailable"];
}

/**
 * Asks Office to load the add-in with the document from now on (SharedRuntime 1.1), so validation
 * runs from the moment the workbook opens. The behaviour is kept per document and never applies
 * to the open that sets it, so it is asked for only in a workbook that holds templates.
 * https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open
 * Answers what could not be done, for the pane to say.
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

/** The document setting that opens the pane with the workbook (manifest TaskpaneId of the same name). */
export const AUTO_SHOW = "Office.AutoShowTaskpaneWithDocument";

/**
 * Tags the workbook so Excel opens the task pane with it: the document setting that "Automatically
 * open a task pane with a document" names, saved once (a workbook already tagged is left alone).
 * https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document
 */
export function showPaneWithDocument(): void {
  try {
    const settings = Office.context.document?.settings;
    if (!settings || settings.get(AUTO_SHOW) === true) return;
    settings.set(AUTO_SHOW, true);
    settings.saveAsync((result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded)
        console.warn("[hso runtime] auto-open setting", result.error);
    });
  } catch (error) {
    console.warn("[hso runtime] auto-open setting", error);
  }
}

/**
 * Once a read finds templates in the workbook: load with it and open the pane with it from now on.
 * A workbook without templates is left as it is (the add-in may have been opened in any workbook).
 */
export function onceTemplatesFound(): (templates: readonly string[]) => void {
  let done = false;
  return (templates) => {
    if (done || templates.length === 0) return;
    done = true;
    showPaneWithDocument();
    if (supports("SharedRuntime", "1.1")) void startWithDocument();
  };
}
