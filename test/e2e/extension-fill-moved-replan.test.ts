// A Vue form that adds last year's column before this year's once a box holds a value, keyed by
// index, so the boxes found first become 2024's (test/e2e/forms/adversary-5/k14-vue-compare-appears.html;
// FINDINGS.md, C1). The fill refuses what moved, then plans those figures once more on the page as
// it is now (extension/background/replan-moved.ts): 2025's new boxes get them, last year's column
// nothing, and undo reaches what the re-plan wrote. Through the built worker, as the popup fills.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FillResult, ImportResult, Preview, UndoSummary } from "../../extension/messages";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { EXTENSION_DIR } from "./forms/browser";
import { type FormServer, startFormServer } from "./forms/serve-forms";

const FORM = readFileSync(
  resolve(import.meta.dirname, "forms/adversary-5/k14-vue-compare-appears.html"),
  "utf8",
)
  .replace(/<script src="state\.js"[^>]*><\/script>/, "")
  .replace("window.hsoStateReady()", "0");
const VUE = readFileSync(
  resolve(import.meta.dirname, "../../node_modules/vue/dist/vue.esm-browser.prod.js"),
  "utf8",
);
const PACKAGE = resolve(import.meta.dirname, "forms/adversary-3/packages/telemark-2025-full.hso.json");
// What was already so before the re-plan: the hospital's 46 went into the box the page made for
// 2025 after the plan (no fill wrote that box, so no undo reaches it: left open, FINDINGS C1).
const RIGHT = {
  "beds.phv_adult_hospital": "46",
  "beds.phv_adult_dps": "64",
  "beds.phbu_total": "12",
  "beds.tsb_total": "20,5",
};
const LAST_YEAR_EMPTY = {
  "x:ly-phv_adult_hospital": "",
  "x:ly-phv_adult_dps": "",
  "x:ly-phbu_total": "",
  "x:ly-tsb_total": "",
};
// Twin: once a box holds a value the page shows last year's column only (2025's is gone): the
// re-plan finds no box of 2025 and writes nothing; last year's boxes stay empty.
const ONLY_LAST_YEAR = FORM.replace(
  '[{ head: "2024 (i fjor)", model: ly, key: "x:ly-" }, { head: "2025", model: now, key: "beds." }]',
  '[{ head: "2024 (i fjor)", model: ly, key: "x:ly-" }]',
);
const REPLANNED = ["beds.phv_adult_dps", "beds.phbu_total", "beds.tsb_total"];

let server: FormServer;
let session: ExtensionSession;
let copy: { dir: string; remove(): void };
beforeAll(async () => {
  server = await startFormServer({
    pages: { "/k14": FORM, "/k14-only-last-year": ONLY_LAST_YEAR },
    scripts: { "/vendor/vue.js": VUE },
  });
  copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
  session = await openExtensionSession(copy.dir);
  const imported = await session.send<{ results: ImportResult[] }>({
    type: "import-packages",
    files: [{ name: "telemark-2025.hso.json", text: readFileSync(PACKAGE, "utf8") }],
  });
  if (!imported.results[0]?.ok) throw new Error(`package refused: ${JSON.stringify(imported.results[0])}`);
});
afterAll(async () => {
  await session?.close();
  copy?.remove();
  await server?.close();
});

const appState = (page: Page) =>
  page.evaluate(() => (window as unknown as { hsoAppState(): Record<string, string> }).hsoAppState());

async function openForm(
  path = "/k14",
): Promise<{ tabId: number; page: Page; base: Record<string, unknown> }> {
  const { tabId, page } = await session.openTab(`${server.origin}${path}`);
  await page.waitForSelector("#app input");
  const expect_ = { url: page.url(), origin: new URL(page.url()).origin };
  return { tabId, page, base: { tabId, org: "983975267", year: 2025, expect: expect_ } };
}

const outcomes = (result: FillResult) =>
  Object.fromEntries(result.rows.flatMap((row) => row.ids.map((id) => [id, row.outcome])));

describe("a form that moves its boxes under the fill gets the moved figures on the settled page (C1)", () => {
  it("without a preview: 2025's new boxes are filled, last year's column stays empty, undo empties what was re-planned", async () => {
    const { tabId, page, base } = await openForm();
    try {
      const result = await session.send<FillResult>({ type: "fill-tab", ...base, mode: "fill" });
      const got = outcomes(result);
      for (const id of REPLANNED) expect([id, got[id]]).toEqual([id, "filled"]);
      expect(got["beds.phv_adult_hospital"]).not.toBe("filled");
      expect(await appState(page)).toEqual({ ...RIGHT, ...LAST_YEAR_EMPTY });
      expect(result.undoAvailable).toBe(true);
      const undone = await session.send<UndoSummary>({ type: "undo-tab", tabId });
      expect(undone.restored).toEqual(expect.arrayContaining(REPLANNED));
      expect(await appState(page)).toEqual({
        ...LAST_YEAR_EMPTY,
        "beds.phv_adult_hospital": "46",
        "beds.phv_adult_dps": "",
        "beds.phbu_total": "",
        "beds.tsb_total": "",
      });
    } finally {
      await page.close();
    }
  });

  it("after the preview: the ticked rows are found again by their label and section ('– 2025'), never last year's", async () => {
    const { tabId, page, base } = await openForm();
    try {
      const preview = await session.send<Preview>({ type: "plan-tab", ...base });
      const ids = preview.rows.filter((row) => row.outcome === "planned").flatMap((row) => row.ids);
      expect(ids).toEqual(expect.arrayContaining(Object.keys(RIGHT)));
      const result = await session.send<FillResult>({ type: "fill-tab", ...base, mode: "fill", ids });
      const got = outcomes(result);
      for (const id of REPLANNED) expect([id, got[id]]).toEqual([id, "filled"]);
      expect(await appState(page)).toEqual({ ...RIGHT, ...LAST_YEAR_EMPTY });
      const undone = await session.send<UndoSummary>({ type: "undo-tab", tabId });
      expect(undone.restored).toEqual(expect.arrayContaining(REPLANNED));
      expect(await appState(page)).toMatchObject({
        ...LAST_YEAR_EMPTY,
        "beds.phv_adult_dps": "",
        "beds.tsb_total": "",
      });
    } finally {
      await page.close();
    }
  });

  it("twin: the page keeps only last year's column once a box holds a value; the re-plan writes nothing there", async () => {
    for (const preview of [false, true]) {
      const { page, base } = await openForm("/k14-only-last-year");
      try {
        const plan = preview ? await session.send<Preview>({ type: "plan-tab", ...base }) : undefined;
        const ids = plan?.rows.filter((row) => row.outcome === "planned").flatMap((row) => row.ids);
        const result = await session.send<FillResult>({
          type: "fill-tab",
          ...base,
          mode: "fill",
          ...(ids ? { ids } : {}),
        });
        const state = await appState(page);
        expect([preview, state]).toMatchObject([preview, LAST_YEAR_EMPTY]);
        for (const [id, outcome] of Object.entries(outcomes(result)))
          if (outcome === "filled")
            expect([preview, id, state[id]]).toEqual([preview, id, RIGHT[id as keyof typeof RIGHT]]);
      } finally {
        await page.close();
      }
    }
  });
});
