import type { BrowserContext, Page } from "playwright-core";

/** Flags for Chromium in a container or on CI. */
export declare const CHROMIUM_ARGS: string[];

/** One browser with the extension loaded, driven through its messages. */
export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  controlPage: Page;
  send<T = unknown>(message: object): Promise<T>;
  openTab(url: string): Promise<{ tabId: number; page: Page }>;
  close(): Promise<void>;
}

/** Launches Chromium with the unpacked extension and opens its popup page to send messages from. */
export declare function openExtensionSession(
  extensionDir: string,
  options?: { headed?: boolean },
): Promise<ExtensionSession>;
