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

const startPick = () =>
  options.evaluate(
    (id) =>
      (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ type: "start-pick", tabId: id }),
    tabId,
  ) as Promise<ResultOf<"start-pick">>;

/** Hovers the field until the picker outlines it: then the picker is listening. */
async function waitForPicker(selector: string): Promise<void> {
  await expect
    .poll(async () => {
      await form.hover("h1, body", { position: { x: 1, y: 1 } }).catch(() => undefined);
      await form.hover(selector);
      return form.$eval(selector, (element) => (element as HTMLElement).style.outline);
    })
    .toContain("dashed");
}

describe("pointing at a field in Chromium", () => {
  it("answers the clicked field's label, name, id and CSS path, and the page never sees the click", async () => {
    expect(tabId).toBeGreaterThan(0);
    const answer = startPick();
    await waitForPicker("#tsb");
    await form.click("#tsb");
    expect(await answer).toEqual({
      ok: true,
      response: {
        picked: true,
        locators: [
          { kind: "label", label: "TSB, i alt" },
          { kind: "name", name: "tsb_field" },
          { kind: "id", id: "tsb" },
          { kind: "css", path: "#tsb" },
        ],
        label: "TSB, i alt",
      },
    });
    expect(await form.evaluate(() => (window as { __clicks?: number }).__clicks)).toBeUndefined();
    expect(await form.$eval("#tsb", (element) => (element as HTMLElement).style.outline)).toBe("");
  });

  it("finds a field without an id by its name and wrapping label; Escape picks nothing", async () => {
    const named = startPick();
    await waitForPicker('input[name="phbu"]');
    await form.click('input[name="phbu"]');
    expect(await named).toMatchObject({
      ok: true,
      response: {
        picked: true,
        label: "PHBU",
        locators: [
          { kind: "label", label: "PHBU" },
          { kind: "name", name: "phbu" },
          { kind: "css", path: "html > body > form > label:nth-of-type(2) > input" },
        ],
      },
    });
    const cancelled = startPick();
    await waitForPicker("#tsb");
    await form.keyboard.press("Escape");
    expect(await cancelled).toEqual({ ok: true, response: { picked: false } });
  });

  it("ignores a click the page makes itself (decoy.click()): only the user's click picks", async () => {
    const answer = startPick();
    await waitForPicker("#tsb");
    await form.evaluate(() => (document.querySelector('input[name="phbu"]') as HTMLInputElement).click());
    await form.click("#tsb");
    expect(await answer).toMatchObject({ ok: true, response: { picked: true, label: "TSB, i alt" } });
  });
});
