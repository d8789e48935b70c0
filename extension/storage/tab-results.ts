import browser from "webextension-polyfill";
import type { FillResult } from "../messages";

const KEY = "lastResults";

// Session storage, because the worker may be stopped between the fill and the popup opening again.
async function readAll(): Promise<Record<string, FillResult>> {
  const stored = await browser.storage.session.get(KEY);
  const value = stored[KEY];
  return typeof value === "object" && value !== null ? (value as Record<string, FillResult>) : {};
}

/** The last fill or check of a tab, for the popup to show when it opens again. */
export async function loadTabResult(tabId: number): Promise<FillResult | undefined> {
  return (await readAll())[String(tabId)];
}

/** Remembers a tab's last result. */
export async function saveTabResult(tabId: number, result: FillResult): Promise<void> {
  const all = await readAll();
  all[String(tabId)] = result;
  await browser.storage.session.set({ [KEY]: all });
}

/**
 * Notes that a tab whose last result is a fill with snapshots was loaded again since: the late
 * read-back then reads the figures again on the new page (verify-fill.ts), as the snapshots that
 * would tell it what the fill wrote are forgotten with the page (service-worker.ts).
 */
export async function markTabNavigated(tabId: number): Promise<void> {
  const all = await readAll();
  const result = all[String(tabId)];
  if (result?.mode !== "fill" || !result.undoAvailable || result.navigatedAfterFill) return;
  all[String(tabId)] = { ...result, navigatedAfterFill: true };
  await browser.storage.session.set({ [KEY]: all });
}

/** Forgets a closed tab's result. */
export async function forgetTabResult(tabId: number): Promise<void> {
  const all = await readAll();
  if (!Object.hasOwn(all, String(tabId))) return;
  delete all[String(tabId)];
  await browser.storage.session.set({ [KEY]: all });
}

/**
 * Forgets every tab's result that came from one package: a result holds the package's figures
 * (what was expected where), which must not outlive the package's removal.
 */
export async function forgetResultsOfPackage(org: string, year: number): Promise<void> {
  const all = await readAll();
  const kept = Object.entries(all).filter(
    ([, result]) => result.package?.org !== org || result.package?.year !== year,
  );
  if (kept.length === Object.keys(all).length) return;
  await browser.storage.session.set({ [KEY]: Object.fromEntries(kept) });
}
