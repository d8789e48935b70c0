import { createServer, type Server } from "node:http";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResultOf } from "../../extension/messages";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { EXTENSION_DIR, type LoadedExtension, launchExtension } from "./extension-pages/launch-extension";

// Pointing at a field, as the options page asks for it: the worker injects its picker into the
// form's tab, the user clicks a field, and the options page gets what a profile can find it by.
// The test server's origin is granted in a copy of the build (granted-copy.js says why).
const FORM = `<!doctype html><html lang="nb"><title>Skjema</title><body>
<form><label for="tsb">TSB, i alt</label> <input id="tsb" name="tsb_field">
<label>PHBU <input name="phbu"></label></form>
<script>document.addEventListener("click", () => { window.__clicks = (window.__clicks ?? 0) + 1; });</script>
</body></html>`;

/** The part of the extension API the test calls inside the options page. */
interface WithChrome {
  chrome: {
    tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
}

let server: Server;
let origin: string;
let copy: { dir: string; remove(): void };
let extension: LoadedExtension;
let options: Page;
let form: Page;
let tabId: number;

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(FORM);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
  extension = await launchExtension(copy.dir);
  form = await extension.context.newPage();
  await form.goto(`${origin}/skjema`);
  options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html`);
  tabId = await options.evaluate(
    async () =>
      (await (globalThis as unknown as WithChrome).chrome.tabs.query({ url: "http://127.0.0.1/*" }))[0]?.id ??
      -1,
  );
});
afterAll(async () => {
  await extension?.close();
  copy?.remove();
  await new Promise((resolve) => server?.close(resolve));
});

const startPick = (multiple = false) =>
  options.evaluate(
    ([id, several]) =>
      (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({
        type: "start-pick",
        tabId: id,
        multiple: several,
      }),
    [tabId, multiple] as const,
  ) as Promise<ResultOf<"start-pick">>;

/**
 * Hovers the field until the picker marks it: the engine draws its marks in a closed shadow root
 * of its own, appended to <html>, so the page (and this test) sees only that a host appeared.
 */
async function waitForPicker(selector: string): Promise<void> {
  await expect
    .poll(async () => {
      await form.hover("h1, body", { position: { x: 1, y: 1 } }).catch(() => undefined);
      await form.hover(selector);
      return form.evaluate(() =>
        [...document.documentElement.children].some((child) => child.localName === "div"),
      );
    })
    .toBe(true);
}

/** Every locator of a picked field, each finding exactly that field on the page. */
async function locatorsFind(
  locators: { kind: string; path?: string; id?: string; name?: string }[],
  selector: string,
) {
  for (const locator of locators) {
    if (locator.kind === "css")
      expect(
        await form.$eval(selector, (el, path) => document.querySelector(path as string) === el, locator.path),
      ).toBe(true);
    if (locator.kind === "id") expect(await form.$eval(selector, (el) => el.id)).toBe(locator.id);
  }
}

describe("pointing at fields in Chromium", () => {
  it("answers the clicked field's locators and label, and the page never sees the click", async () => {
    expect(tabId).toBeGreaterThan(0);
    const answer = startPick();
    await waitForPicker("#tsb");
    await form.click("#tsb");
    const result = await answer;
    expect(result).toMatchObject({ ok: true, response: { picked: [{ label: "TSB, i alt" }] } });
    const [picked] = result.ok ? result.response.picked : [];
    expect(picked?.locators).toEqual(
      expect.arrayContaining([
        { kind: "label", label: "TSB, i alt" },
        { kind: "name", name: "tsb_field" },
      ]),
    );
    await locatorsFind(picked?.locators ?? [], "#tsb");
    expect(picked?.suggested).toBe("beds.tsb_total");
    expect(await form.evaluate(() => (window as { __clicks?: number }).__clicks)).toBeUndefined();
  });

  it("picks several fields in one pass, Escape ends it; Escape at once picks nothing", async () => {
    const both = startPick(true);
    await waitForPicker("#tsb");
    await form.click("#tsb");
    await form.click('input[name="phbu"]');
    await form.keyboard.press("Escape");
    const result = await both;
    expect(result.ok && result.response.picked.map((field) => field.label)).toEqual(["TSB, i alt", "PHBU"]);
    const cancelled = startPick();
    await waitForPicker("#tsb");
    await form.keyboard.press("Escape");
    expect(await cancelled).toEqual({ ok: true, response: { picked: [] } });
  });

  it("ignores a click the page makes itself (decoy.click()): only the user's click picks", async () => {
    const answer = startPick();
    await waitForPicker("#tsb");
    await form.evaluate(() => (document.querySelector('input[name="phbu"]') as HTMLInputElement).click());
    await form.click("#tsb");
    expect(await answer).toMatchObject({ ok: true, response: { picked: [{ label: "TSB, i alt" }] } });
  });
});
