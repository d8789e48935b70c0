import browser from "webextension-polyfill";

/**
 * Asks for host access to one origin. It must run inside the user's click (browsers refuse it
 * otherwise), so pages call it first thing in their handlers. A refusal is an answer, not an error.
 */
export async function requestOrigin(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [origin] });
  } catch (error) {
    console.warn("hso: host access was not granted", error);
    return false;
  }
}

/** Opens one of the extension's pages in a tab (the import page: Firefox closes popups on file dialogs). */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/** Opens the options page. */
export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
