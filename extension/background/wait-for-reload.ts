import browser, { type Tabs } from "webextension-polyfill";

/** How long to wait for a postback to start, and for the page to finish loading again. */
export const RELOAD_LIMITS = { startMs: 3_000, loadMs: 20_000 };

/**
 * Waits until a tab that a fill set reloading (a postback) has loaded again: the next `complete`
 * from `tabs.onUpdated` (the navigation may already have started when this is called, so the
 * `loading` before it is not required). Bounded both ways: a page that is not loading when
 * `startMs` has passed is taken as not reloading (the form changed in place), and one that never
 * finishes is given up on after `loadMs`; the content script then waits for late fields itself.
 * Answers what was seen: a finished load, no load at all, or a load that did not finish (a slow
 * postback: the page is neither the old one nor yet the new one, fill-rounds.ts).
 */
export type ReloadSeen = "loaded" | "none" | "timed_out";

export function waitForReload(tabId: number, limits = RELOAD_LIMITS): Promise<ReloadSeen> {
  return new Promise((resolve) => {
    const finish = (reloaded: ReloadSeen) => {
      clearTimeout(startTimer);
      clearTimeout(loadTimer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve(reloaded);
    };
    const listener = (id: number, change: Tabs.OnUpdatedChangeInfoType) => {
      if (id === tabId && change.status === "complete") finish("loaded");
    };
    browser.tabs.onUpdated.addListener(listener);
    const startTimer = setTimeout(async () => {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      if (tab?.status !== "loading") finish("none");
    }, limits.startMs);
    const loadTimer = setTimeout(() => finish("timed_out"), limits.loadMs);
  });
}
