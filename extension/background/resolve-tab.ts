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

/**
 * The tab to work in for a profile: the one named, else an open tab under the pattern (the
 * options page is the active tab while the user edits; `tabs.query` by URL needs host access to
 * the pattern, which the options page asks for first), else the active one.
 */
export async function tabForPattern(tabId: number | undefined, pattern: string | undefined): Promise<number> {
  if (tabId === undefined && pattern) {
    const tabs = await browser.tabs.query({ url: pattern }).catch(() => []);
    const tab = tabs.find((candidate) => candidate.id !== undefined);
    if (tab?.id !== undefined) return tab.id;
  }
  return (await resolveTab(tabId)).id;
}
