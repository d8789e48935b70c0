import { resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFolder } from "./addin/static-server";

/**
 * The built pages Excel loads (taskpane.html, commands.html) in Chromium, under their own
 * Content-Security-Policy: nothing they load is refused, and where their module cannot run (a web view
 * too old for its syntax) the classic notice says so instead of a blank pane. Office.js's CDN is not
 * reachable here, so it is answered with a small stand-in; Excel itself is not there.
 */
const DIST = resolve(import.meta.dirname, "../../dist/addin");

/** Enough of Office.js for the pages to start: requirement sets answer no, the dialog can answer. */
const OFFICE_STANDIN = `window.Office = {
  onReady: (ready) => Promise.resolve().then(() => ready && ready({ host: "Excel" })),
  context: { requirements: { isSetSupported: () => false }, ui: { messageParent() {} } },
  actions: { associate() {} },
  addin: {},
};`;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(DIST);
  browser = await chromium.launch({
    executablePath: process.env.HSO_BROWSER ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox"],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(page: string, options: { brokenModule?: boolean } = {}) {
  const tab: Page = await browser.newPage();
  await tab.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await tab.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ contentType: "text/javascript", body: OFFICE_STANDIN }),
  );
  if (options.brokenModule) {
    // What an old web view makes of the pane's modern syntax: a parse error, no module runs.
    await tab.route(/\/(taskpane|commands)-[^/]*\.js$/, (route) =>
      route.fulfill({ contentType: "text/javascript", body: "const broken = { a?.b };" }),
    );
  }
  await tab.goto(`${server.url}/${page}`);
  return tab;
}

const violations = (tab: Page) =>
  tab.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe("the pages Excel loads, under their Content-Security-Policy", () => {
  it("the save dialog renders its question and nothing is refused", async () => {
    const tab = await open("commands.html?errors=2&lang=nb");
    await tab.getByRole("alertdialog").waitFor();
    expect(await tab.getByRole("heading").textContent()).toContain("2 feil");
    expect(await violations(tab)).toEqual([]);
    await tab.close();
  });

  it("the task pane's scripts and styles load and nothing is refused", async () => {
    const tab = await open("taskpane.html");
    await tab.waitForFunction(() => (document.getElementById("app")?.textContent ?? "").trim() !== "");
    expect(await violations(tab)).toEqual([]);
    const styled = await tab.evaluate(() => document.styleSheets.length);
    expect(styled).toBeGreaterThan(0);
    await tab.close();
  });

  it("the check is real: an inline script added to the page is refused, and seen", async () => {
    const tab: Page = await browser.newPage();
    await tab.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener(
        "securitypolicyviolation",
        (event) => void seen.push(event.violatedDirective),
      );
    });
    await tab.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ contentType: "text/javascript", body: OFFICE_STANDIN }),
    );
    await tab.route(/\/commands\.html/, async (route) => {
      const page = await (await route.fetch()).text();
      await route.fulfill({
        contentType: "text/html",
        body: page.replace("</body>", "<script>1</script></body>"),
      });
    });
    await tab.goto(`${server.url}/commands.html`);
    await tab.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length > 0);
    expect((await violations(tab))[0]).toMatch(/^script-src/);
    await tab.close();
  });

  it.each(["taskpane.html", "commands.html"])(
    "%s says this Excel is too old, in Norwegian and English, where its module cannot run",
    async (page) => {
      const tab = await open(page, { brokenModule: true });
      const notice = tab.getByRole("alert");
      await notice.waitFor();
      expect(await notice.textContent()).toContain("Denne Excel-versjonen er for gammel");
      expect(await notice.textContent()).toContain("too old for HSØ reporting");
      expect(await violations(tab)).toEqual([]);
      await tab.close();
    },
  );
});
