import browser, { type Runtime } from "webextension-polyfill";
import { forgetTabResult } from "../storage/tab-results";
import { handleMessage, isOwnPage } from "./handle-message";

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
  forgetTabResult(tabId).catch((error: unknown) =>
    console.error("hso: forgetting a tab's result failed", error),
  );
});

self.addEventListener("unhandledrejection", (event) => {
  console.error("hso: unexpected failure in the service worker", event.reason);
});
