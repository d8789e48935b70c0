import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FillResult, ImportResult } from "../../extension/messages";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { callContent, contentRequest, EXTENSION_DIR, launchBrowser } from "./forms/browser";
import { type FormServer, startFormServer } from "./forms/serve-forms";
import { telemarkPackageText } from "./forms/telemark-package";

// A form drawn in two steps behind a spinner (adversary round 4, B16, h20): first last year's
// boxes under "Til sammenligning" (no year yet), 2,5 s after the load the heading gains its year and
// this year's section comes. The fill used to start once the page had been still for a moment,
// after the load's grace, and wrote this year's figures into the comparison boxes.
const page = (spinner: string) => `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Døgnplasser 2024</title></head><body><h1>Døgnplasser 2024 – Sykehuset Telemark HF</h1>
<div id="app"><section id="ly"><h2>Til sammenligning</h2>
<p><label for="l1">PHV voksne, sykehusnivå</label> <input id="l1"></p>
<p><label for="l2">TSB, i alt</label> <input id="l2"></p></section>${spinner}</div>
<script>
  window.boxes = () => Object.fromEntries([...document.querySelectorAll("input")].map((box) => [box.id, box.value]));
  window.addEventListener("load", () => setTimeout(() => {
    document.querySelector(".spin")?.remove();
    document.querySelector("#ly h2").textContent = "Til sammenligning: 2023";
    document.getElementById("app").insertAdjacentHTML("beforeend", \`<section><h2>Tall for 2024</h2>
      <p><label for="a">PHV voksne, sykehusnivå</label> <input id="a"></p>
      <p><label for="b">TSB, i alt</label> <input id="b"></p></section>\`);
  }, 2500));
</script></body></html>`;

const SPINNER = `<div class="spin" role="progressbar" aria-label="Laster skjemaet" style="width:24px;height:24px"></div>`;

let server: FormServer;
let session: ExtensionSession;
let copy: { dir: string; remove(): void };

beforeAll(async () => {
  server = await startFormServer({
    pages: {
      "/spinner": page(SPINNER),
      "/busy": page(`<p class="spin" aria-busy="true">Henter skjemaet …</p>`),
    },
  });
  copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
  session = await openExtensionSession(copy.dir);
  const imported = await session.send<{ results: ImportResult[] }>({
    type: "import-packages",
    files: [{ name: "telemark-2024.hso.json", text: telemarkPackageText() }],
  });
  if (!imported.results[0]?.ok) throw new Error(`package refused: ${JSON.stringify(imported.results)}`);
});
afterAll(async () => {
  await session?.close();
  copy?.remove();
  await server?.close();
});

/** Fills as a click right after the page loaded does; `waitFor`: first wait until that box is there. */
async function fill(path: string, waitFor?: string) {
  const { tabId, page: tab } = await session.openTab(`${server.origin}${path}`);
  if (waitFor) await tab.waitForSelector(waitFor);
  const result = await session.send<FillResult>({
    type: "fill-tab",
    tabId,
    org: "983975267",
    year: 2024,
    mode: "fill",
    expect: { url: tab.url(), origin: new URL(tab.url()).origin },
  });
  const boxes = await tab.evaluate(() => (window as unknown as { boxes(): object }).boxes());
  return { result, boxes };
}

describe("a form still behind a spinner (adversary round 4, B16)", () => {
  // First, so that the browser's first fill (slower to start) is not one that must be early.
  it("twin: a form already complete (waited for, as --wait-for does) fills this year's section", async () => {
    const { boxes } = await fill("/spinner", "#b");
    expect(boxes).toEqual({ l1: "", l2: "", a: "40", b: "30" });
  });
  it("is filled once the spinner is gone: this year's section, never the comparison boxes", async () => {
    const { result, boxes } = await fill("/spinner");
    expect(boxes).toEqual({ l1: "", l2: "", a: "40", b: "30" });
    expect(result.filled).toEqual(expect.arrayContaining(["beds.phv_adult_hospital", "beds.tsb_total"]));
  });

  // Only the two figures the comparison boxes also name: every one is "found" there at once,
  // which must not end the wait while the spinner shows (the engine asked directly, in the page).
  it("all the asked figures found behind the spinner: still waited for, this year's section filled", async () => {
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${server.origin}/spinner`);
      const request = contentRequest({ "beds.phv_adult_hospital": 40, "beds.tsb_total": 30 }, { year: 2024 });
      await callContent(tab.mainFrame(), "run", { ...request, waitMs: 4000 });
      const boxes = await tab.evaluate(() => (window as unknown as { boxes(): object }).boxes());
      expect(boxes).toEqual({ l1: "", l2: "", a: "40", b: "30" });
    } finally {
      await browser.close();
    }
  });

  it("a region aria-busy holds the fill back the same way", async () => {
    const { boxes } = await fill("/busy");
    expect(boxes).toEqual({ l1: "", l2: "", a: "40", b: "30" });
  });
});
