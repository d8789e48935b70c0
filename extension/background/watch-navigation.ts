import browser, { type Tabs } from "webextension-polyfill";

/** Notes when a tab starts loading a document, from now until `stop()`. */
export interface NavigationWatch {
  /** Whether the tab started loading at or after `since` (a `Date.now()` time). */
  loadedSince(since: number): boolean;
  stop(): void;
}

/**
 * Watches one tab for the start of a navigation while a fill runs. A reload nothing foretold (a
 * unit list whose own `change` listener sets `location.search`) may start while the fill is still
 * reading back, before its result is saved: the service worker's `markTabNavigated` then finds no
 * result to mark, and the late read-back would trust snapshots of a page that is gone (CI saw
 * "filled" for figures the reloaded draft did not hold). fill-tab.ts asks this watch instead.
 */
export function watchNavigation(tabId: number): NavigationWatch {
  let last = Number.NEGATIVE_INFINITY;
  const listener = (id: number, change: Tabs.OnUpdatedChangeInfoType) => {
    if (id === tabId && (change.status === "loading" || change.url !== undefined)) last = Date.now();
  };
  browser.tabs.onUpdated.addListener(listener);
  return {
    loadedSince: (since) => last >= since,
    stop: () => browser.tabs.onUpdated.removeListener(listener),
  };
}
