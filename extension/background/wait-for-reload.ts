import browser, { type Tabs } from "webextension-polyfill";

/** How long to wait for a postback to start, and for the page to finish loading again. */
export const RELOAD_LIMITS = { startMs: 3_000, loadMs: 20_000 };

/**
 * Waits until a tab that is about to reload (a postback the fill set off) has loaded again:
 * `loading` then `complete` from `tabs.onUpdated`. Bounded both ways: a page that never starts
 * reloading (the form changed in place) or never finishes is given up on, and filling goes on;
 * the content script then waits for late fields itself. Answers whether a reload was seen.
 */
export function waitForReload(tabId: number, limits = RELOAD_LIMITS): Promise<boolean> {
  return new Promise((resolve) => {
    let started = false;
    const finish = (reloaded: boolean) => {
      clearTimeout(startTimer);
      clearTimeout(loadTimer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve(reloaded);
    };
    const listener = (id: number, change: Tabs.OnUpdatedChangeInfoType) => {
      if (id !== tabId) return;
      if (change.status === "loading") started = true;
      else if (change.status === "complete" && started) finish(true);
    };
    browser.tabs.onUpdated.addListener(listener);
    const startTimer = setTimeout(() => started || finish(false), limits.startMs);
    const loadTimer = setTimeout(() => finish(started), limits.loadMs);
  });
}
