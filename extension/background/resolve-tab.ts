import browser from "webextension-polyfill";
import { WorkerError } from "./worker-error";

/** A tab the worker acts on: its id and, when the extension may see it, its address. */
export interface TargetTab {
  id: number;
  url: string;
}

/**
 * The tab a request names, or the active tab of the current window (the popup's case, where the
 * user's click granted `activeTab`). The address is empty when the browser does not reveal it.
 */
export async function resolveTab(tabId?: number): Promise<TargetTab> {
  try {
    const tab =
      tabId === undefined
        ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
        : await browser.tabs.get(tabId);
    if (tab?.id === undefined) throw new WorkerError("no_tab");
    return { id: tab.id, url: tab.url ?? "" };
  } catch (error) {
    if (error instanceof WorkerError) throw error;
    throw new WorkerError("no_tab", error instanceof Error ? error.message : String(error));
  }
}
