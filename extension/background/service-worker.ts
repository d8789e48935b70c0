import browser, { type Runtime } from "webextension-polyfill";
import { forgetTabResult } from "../storage/tab-results";
import { forgetTabState } from "../storage/tab-state";
import { handleMessage, isOwnPage } from "./handle-message";
import { noteTabNavigated } from "./tab-navigated";

/**
 * The extension's background: answers the pages' requests (messages.ts) through one handler map.
 * Messages from anywhere but the extension's own pages are ignored; every answer is a promise,
 * which webextension-polyfill turns into the reply.
 */
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isOwnPage(sender, browser.runtime.id, browser.runtime.getURL(""))) return undefined;
  return handleMessage(message, sender);
});

browser.tabs.onRemoved.addListener((tabId) => {
  Promise.all([forgetTabResult(tabId), forgetTabState(tabId)]).catch((error: unknown) =>
    console.error("hso: forgetting a tab's result failed", error),
  );
});

// A preview or an undo snapshot describes the page it was made on: once the tab navigates, both
// are forgotten and a fill shown before it is read again (tab-navigated.ts).
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url === undefined && change.status !== "loading") return;
  noteTabNavigated(tabId).catch((error: unknown) =>
    console.error("hso: forgetting a tab's state failed", error),
  );
});

self.addEventListener("unhandledrejection", (event) => {
  console.error("hso: unexpected failure in the service worker", event.reason);
});
