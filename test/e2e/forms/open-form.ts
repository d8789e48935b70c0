import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";

const ORIGIN = "http://forms.test";
const VUE = resolve(import.meta.dirname, "../../../node_modules/vue/dist/vue.esm-browser.prod.js");

/**
 * Opens a form's HTML in a page of its own at `http://forms.test/<name>.html`, with Vue from
 * node_modules at `/vendor/vue.js` and the adversary harness's `state.js` empty (its
 * `hsoStateReady()` calls do nothing), and waits for `ready` (its first control).
 */
export async function openForm(browser: Browser, name: string, html: string, ready = "input"): Promise<Page> {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/vendor/vue.js")
      return route.fulfill({ contentType: "text/javascript", body: readFileSync(VUE, "utf8") });
    if (path === "/state.js") return route.fulfill({ contentType: "text/javascript", body: "" });
    return route.fulfill({ contentType: "text/html", body: html.replace("window.hsoStateReady()", "0") });
  });
  await page.goto(`${ORIGIN}/${name}.html`);
  await page.waitForSelector(ready);
  return page;
}
