import browser from "webextension-polyfill";
import type { FillResult } from "../messages";
import { serialize } from "./serialize";

const KEY = "lastResults";

// Session storage, because the worker may be stopped between the fill and the popup opening again.
async function readAll(): Promise<Record<string, FillResult>> {
  const stored = await browser.storage.session.get(KEY);
  const value = stored[KEY];
  return typeof value === "object" && value !== null ? (value as Record<string, FillResult>) : {};
}

/**
 * Changes the stored results in place, writing only when `update` says it changed them. Every tab's
 * result is one stored record: changes are queued (serialize.ts) so two tabs never drop each other's.
 */
function change(update: (all: Record<string, FillResult>) => boolean): Promise<void> {
  return serialize(async () => {
    const all = await readAll();
    if (update(all)) await browser.storage.session.set({ [KEY]: all });
  });
}

/** The last fill or check of a tab, for the popup to show when it opens again. */
export async function loadTabResult(tabId: number): Promise<FillResult | undefined> {
  return (await readAll())[String(tabId)];
}

/** Remembers a tab's last result. */
export function saveTabResult(tabId: number, result: FillResult): Promise<void> {
  return change((all) => {
    all[String(tabId)] = result;
    return true;
  });
}

/**
 * Notes that a tab whose last result is a fill with snapshots was loaded again since: the late
 * read-back then reads the figures again on the new page (verify-fill.ts), as the snapshots that
 * would tell it what the fill wrote are forgotten with the page (service-worker.ts).
 */
export function markTabNavigated(tabId: number): Promise<void> {
  return change((all) => {
    const result = all[String(tabId)];
    if (result?.mode !== "fill" || !result.undoAvailable || result.navigatedAfterFill) return false;
    all[String(tabId)] = { ...result, navigatedAfterFill: true };
    return true;
  });
}

/** Forgets a closed tab's result. */
export function forgetTabResult(tabId: number): Promise<void> {
  return change((all) => Object.hasOwn(all, String(tabId)) && delete all[String(tabId)]);
}

/**
 * Forgets every tab's result that came from one package: a result holds the package's figures
 * (what was expected where), which must not outlive the package's removal.
 */
export function forgetResultsOfPackage(org: string, year: number): Promise<void> {
  return change((all) => {
    let changed = false;
    for (const [tab, result] of Object.entries(all))
      if (result.package?.org === org && result.package?.year === year) changed = delete all[tab];
    return changed;
  });
}
