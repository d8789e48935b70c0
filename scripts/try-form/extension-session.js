// Chromium with the unpacked extension, driven the way a user's clicks drive it: an extension page
// sends the messages of extension/messages.ts to the service worker.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

/** Flags for Chromium in a container or on CI: no sandbox, no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/**
 * Launches /usr/bin/chromium (headless unless `headed`) with the extension in `extensionDir` and
 * opens its popup page in a tab, from which messages are sent.
 * @param {string} extensionDir
 * @param {{ headed?: boolean }} [options]
 */
export async function openExtensionSession(extensionDir, options = {}) {
  const profileDir = mkdtempSync(join(tmpdir(), "hso-chromium-"));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    headless: !options.headed,
    viewport: { width: 1100, height: 900 },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const controlPage = await context.newPage();
    await controlPage.goto(`chrome-extension://${extensionId}/popup.html`);
    return new ExtensionSession(context, profileDir, extensionId, controlPage);
  } catch (error) {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/** One browser with the extension: send messages, open tabs, close everything. */
class ExtensionSession {
  constructor(context, profileDir, extensionId, controlPage) {
    this.context = context;
    this.profileDir = profileDir;
    this.extensionId = extensionId;
    this.controlPage = controlPage;
  }

  /**
   * Sends one request to the service worker and answers its response; a refusal becomes an error
   * carrying the worker's code.
   * @param {object} message
   */
  async send(message) {
    const answer = await this.controlPage.evaluate((sent) => chrome.runtime.sendMessage(sent), message);
    if (answer?.ok === true) return answer.response;
    const error = new Error(
      `${message.type}: ${answer?.error?.code ?? "no answer"} ${answer?.error?.detail ?? ""}`,
    );
    error.code = answer?.error?.code ?? "no_answer";
    throw error;
  }

  /**
   * Opens a URL in a new tab through the extension (so the tab's id is known) and waits for it to
   * load; answers the tab id and Playwright's page for it.
   * @param {string} url
   */
  async openTab(url) {
    const opened = this.context.waitForEvent("page", { timeout: 15_000 });
    // Opened empty, then navigated by Playwright: a tab the extension creates is not held for
    // Playwright to attach (its page event came with the URL and the frames already loaded, 15 of
    // 20 tries), and a frame whose document commits while Playwright attaches may get no utility
    // world (Playwright 1.65 makes one only in the frames of the frame tree it read and in
    // documents made after its init script is in), in which every wait hangs: the likely cause of
    // the fill-worker test's waitForSelector timing out in one of three frames. Now every
    // document of the page is made after Playwright attached.
    const tabId = await this.controlPage.evaluate(
      async () => (await chrome.tabs.create({ url: "about:blank" })).id,
    );
    const page = await opened;
    try {
      await page.goto(url);
    } catch (error) {
      // An address that cannot be reached commits Chromium's error page, which callers tell apart.
      if (!page.url().startsWith("chrome-error:")) throw error;
    }
    return { tabId, page };
  }

  /** Closes the browser and removes its profile folder. */
  async close() {
    await this.context.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
