// Round 9's G16 (test/e2e/forms/adversary-9/FINDINGS.md): `<iframe srcdoc>` frames, whose address
// is about:srcdoc and whose origin is the page's, through the whole extension in Debian's Chromium
// (the service worker probes the frames and fills them as on the user's click).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FillResult, ImportResult } from "../../extension/messages";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { EXTENSION_DIR } from "./forms/browser";
import { type FormServer, startFormServer } from "./forms/serve-forms";
import { telemarkPackageText } from "./forms/telemark-package";

let server: FormServer;
let session: ExtensionSession;
let copy: { dir: string; remove(): void };

/** A frame's own page: two boxes, each marked with the figure it must get (`x:` for none); it names no year. */
const framePage = (prefix: string, phbu: string, tsb: string) =>
  `<!doctype html><html lang='nb'><head><meta charset='utf-8'></head><body data-frame='${prefix}'>
<label for='c'>PHBU, i alt</label><input id='c' data-k='${phbu}'>
<label for='d'>TSB, i alt</label><input id='d' data-k='${tsb}'></body></html>`;

/** An `<iframe srcdoc>` under its heading, titled as the heading says (i01's markup). */
const srcdocFrame = (title: string, doc: string, attributes = "") =>
  `<h2>${title}</h2><iframe title="${title}" ${attributes} srcdoc="${doc}"></iframe>`;

const PAGES = {
  // Another site's page as a frame of the sandboxed page below (this server is another origin than that one's).
  "/srcdoc-frame-page": framePage("other", "x:phbu-other", "x:tsb-other"),
  // i01 for the 2024 package: last year's return (2023) to check against, and this year's.
  "/srcdoc-years": `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser 2024 – Sykehuset Telemark HF</title></head>
<body><h1>Døgnplasser 2024 – Sykehuset Telemark HF</h1>
<label for="hosp">PHV voksne, sykehusnivå</label><input id="hosp" data-k="beds.phv_adult_hospital">
${srcdocFrame("Fjorårets innsending (2023) – til kontroll", framePage("last", "x:phbu-2023", "x:tsb-2023"))}
${srcdocFrame("Årets tall (2024)", framePage("this", "beds.phbu_total", "beds.tsb_total"))}
</body></html>`,
  // The twin: a sandboxed srcdoc frame (no allow-same-origin) has an opaque origin, never the page's.
  "/srcdoc-sandboxed": `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser 2024 – Sykehuset Telemark HF</title></head>
<body><h1>Døgnplasser 2024 – Sykehuset Telemark HF</h1>
<label for="hosp">PHV voksne, sykehusnivå</label><input id="hosp" data-k="beds.phv_adult_hospital">
${srcdocFrame("Årets tall (2024)", framePage("sandboxed", "x:phbu-sandboxed", "x:tsb-sandboxed"), 'sandbox="allow-scripts"')}
</body></html>`,
};

beforeAll(async () => {
  server = await startFormServer({ pages: PAGES });
  copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
  session = await openExtensionSession(copy.dir);
  const imported = await session.send<{ results: ImportResult[] }>({
    type: "import-packages",
    files: [{ name: "telemark-2024.hso.json", text: telemarkPackageText() }],
  });
  const [first] = imported.results;
  if (!first?.ok || !first.package.fillable) throw new Error(`package refused: ${JSON.stringify(first)}`);
});
afterAll(async () => {
  await session?.close();
  copy?.remove();
  await server?.close();
});

const fillTab = (tabId: number, page: Page) => {
  const expect = { url: page.url(), origin: new URL(page.url()).origin };
  return session.send<FillResult>({
    type: "fill-tab",
    tabId,
    org: "983975267",
    year: 2024,
    mode: "fill",
    expect,
  });
};

/** What every marked box of the page and its frames holds, by its mark. */
async function held(page: Page): Promise<Record<string, string>> {
  const all: Record<string, string> = {};
  for (const frame of page.frames())
    Object.assign(
      all,
      await frame.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll("[data-k]")].map((box) => [
            (box as HTMLElement).dataset.k as string,
            (box as HTMLInputElement).value,
          ]),
        ),
      ),
    );
  return all;
}

/** Opens a page and waits until each of its frames shows its boxes. */
async function openWithFrames(path: string, frames: number): Promise<{ tabId: number; page: Page }> {
  const opened = await session.openTab(`${server.origin}${path}`);
  const inner = () => opened.page.frames().filter((frame) => frame !== opened.page.mainFrame());
  await expect.poll(() => inner().length).toBe(frames);
  for (const frame of inner()) await (frame as Frame).waitForSelector("input");
  return opened;
}

describe("<iframe srcdoc> frames: the page's own origin, told apart by what the page says of each (G16)", () => {
  it("this year's frame is filled; last year's, titled and headed so, gets nothing and is listed with its title", async () => {
    const { tabId, page } = await openWithFrames("/srcdoc-years", 2);
    const result = await fillTab(tabId, page);
    expect(await held(page)).toEqual({
      "beds.phv_adult_hospital": "40",
      "beds.phbu_total": "20",
      "beds.tsb_total": "30",
      "x:phbu-2023": "",
      "x:tsb-2023": "",
    });
    expect(result.skippedFrames).toEqual([
      { url: "about:srcdoc", reason: "other_year", title: "Fjorårets innsending (2023) – til kontroll" },
    ]);
    expect(result.filled).toEqual(
      expect.arrayContaining(["beds.phv_adult_hospital", "beds.phbu_total", "beds.tsb_total"]),
    );
    await page.close();
  });

  it("twin: a sandboxed srcdoc frame (an opaque origin) gets nothing, though titled with the package's year; the page is filled", async () => {
    const { tabId, page } = await openWithFrames("/srcdoc-sandboxed", 1);
    const result = await fillTab(tabId, page);
    expect(await held(page)).toEqual({
      "beds.phv_adult_hospital": "40",
      "x:phbu-sandboxed": "",
      "x:tsb-sandboxed": "",
    });
    expect(result.filled).not.toContain("beds.phbu_total");
    expect(result.skippedFrames).toEqual([{ url: "about:srcdoc", reason: "other_origin" }]);
    await page.close();
  });
});

/** A page served with `Content-Security-Policy: sandbox`: an opaque origin, as its frames' are. */
async function serveSandboxed(body: string): Promise<{ origin: string; server: Server }> {
  const sandboxed = createServer((_request, response) => {
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "sandbox allow-scripts allow-forms",
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => sandboxed.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(sandboxed.address() as AddressInfo).port}`, server: sandboxed };
}

describe("a page whose own origin is opaque (the review of G16)", () => {
  it("nothing is filled: another site's frame and a data: frame inside it read the same 'null' origin as the page", async () => {
    const frame = framePage("other", "x:phbu-other", "x:tsb-other");
    const sandboxed =
      await serveSandboxed(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser 2024 – Sykehuset Telemark HF</title></head>
<body><h1>Døgnplasser 2024 – Sykehuset Telemark HF</h1>
<label for="hosp">PHV voksne, sykehusnivå</label><input id="hosp" data-k="x:hosp">
<iframe title="Annonse" src="${server.origin}/srcdoc-frame-page"></iframe>
<iframe title="data" src="data:text/html,${encodeURIComponent(frame.replace(/x:/g, "x:data-"))}"></iframe>
</body></html>`);
    try {
      const opened = await session.openTab(`${sandboxed.origin}/form`);
      const { page, tabId } = opened;
      await expect.poll(() => page.frames().length).toBe(3);
      for (const inner of page.frames()) await inner.waitForSelector("input");
      const result = await fillTab(tabId, page);
      expect(await held(page)).toEqual({
        "x:hosp": "",
        "x:phbu-other": "",
        "x:tsb-other": "",
        "x:data-phbu-other": "",
        "x:data-tsb-other": "",
      });
      expect(result.filled).toEqual([]);
      expect(result.skippedFrames?.map((skipped) => skipped.reason)).toEqual([
        "other_origin",
        "other_origin",
        "other_origin",
      ]);
      await page.close();
    } finally {
      sandboxed.server.close();
    }
  });
});
