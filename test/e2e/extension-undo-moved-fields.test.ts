// Undo and the late read-back follow the field, not the element: a Vue page that sorts its rows
// after the fill (index-keyed, so the element written for DPS shows another row) had its undo
// leave DPS's 64 where the page held nothing before, and the read-back call DPS "changed by the
// user" (adversary round 6, D27). Each field is found again by the name, section and headers it
// was written by (extension/content/undo-fill.ts, fieldNow; docs/extension.md "Undo"); a form whose
// every element the page replaced (D17) may be another unit's or year's, so undo writes there
// nothing and says so.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { FrameResult, UndoResult } from "../../extension/content/content-api";
import { callContent, contentRequest } from "./forms/browser";
import { BEDS_FIGURES, browserForFile } from "./forms/fill-page";
import { openForm } from "./forms/open-form";

const FORMS = resolve(import.meta.dirname, "forms/adversary-6");
const form = (name: string) => readFileSync(resolve(FORMS, `${name}.html`), "utf8");
/** k46 as the page would be if its sort renamed the rows too ("PHV voksne, DPS (sortert)"). */
const renamedOnSort = (html: string) =>
  html
    .replace(':aria-label="r[1]"', ":aria-label=\"r[1] + (sorted ? ' (sortert)' : '')\"")
    .replace(
      "const order = ref(rows.slice());",
      "const order = ref(rows.slice()); const sorted = ref(false);",
    )
    .replace("order.value = rows.slice()", "sorted.value = true; order.value = rows.slice()")
    .replace("return { model, order, changed };", "return { model, order, changed, sorted };");

const browser = browserForFile();

const model = (page: Page) =>
  page.evaluate(() => (window as unknown as { hsoAppState(): Record<string, string> }).hsoAppState());
/** The label of the first row on the page: the sorted page puts DPS's 64 first. */
const firstRow = (page: Page) =>
  page.evaluate(() => document.querySelector("input")?.getAttribute("aria-label"));

/** The user types 20 into TSB, then Telemark's 2025 figures are filled, then the page sorts its rows. */
async function fillThenSort(page: Page): Promise<FrameResult> {
  await page.fill('[aria-label="TSB, i alt"]', "20");
  const result = (await callContent(
    page.mainFrame(),
    "run",
    contentRequest(BEDS_FIGURES, { year: 2025 }),
  )) as FrameResult;
  await expect.poll(() => firstRow(page)).toMatch(/^PHV voksne, DPS/);
  return result;
}

describe("rows the page sorts after the fill (D27)", () => {
  it("undo empties the three fields it filled, wherever the page moved them, and keeps the user's 20", async () => {
    const page = await openForm(browser(), "k46", form("k46-vue-sort-after-fill"));
    try {
      const result = await fillThenSort(page);
      expect([...result.filled].sort()).toEqual([
        "beds.phbu_total",
        "beds.phv_adult_dps",
        "beds.phv_adult_hospital",
      ]);
      const kept = (await callContent(page.mainFrame(), "kept", { undoId: result.undoId, busy: "" })) as {
        changed: unknown[];
      };
      expect(kept.changed).toEqual([]);
      const undo = (await callContent(page.mainFrame(), "undo", { undoId: result.undoId })) as UndoResult;
      expect([...undo.restored].sort()).toEqual([
        "beds.phbu_total",
        "beds.phv_adult_dps",
        "beds.phv_adult_hospital",
      ]);
      expect(await model(page)).toEqual({
        "beds.phv_adult_hospital": "",
        "beds.phv_adult_dps": "",
        "beds.phbu_total": "",
        "beds.tsb_total": "20",
      });
    } finally {
      await page.close();
    }
  });

  it("rows renamed by the sort are no field undo can find: named as not put back, nothing written", async () => {
    const page = await openForm(browser(), "k46", renamedOnSort(form("k46-vue-sort-after-fill")));
    try {
      const result = await fillThenSort(page);
      const before = await model(page);
      const undo = (await callContent(page.mainFrame(), "undo", { undoId: result.undoId })) as UndoResult;
      expect(undo.restored).toEqual([]);
      expect([...undo.failed].sort()).toEqual([
        "beds.phbu_total",
        "beds.phv_adult_dps",
        "beds.phv_adult_hospital",
      ]);
      expect(await model(page)).toEqual(before);
    } finally {
      await page.close();
    }
  });
});

describe("a form whose every element the page replaced after the fill (D17)", () => {
  it("undo writes into none of the new elements it did not find itself, and names them as not put back", async () => {
    // A form drawn anew may be another unit's or year's, with the same labels (review of D17):
    // its namesakes are not the fields the figures went to.
    const page = await openForm(browser(), "k25", form("k25-vue-key-revision"));
    try {
      const result = (await callContent(
        page.mainFrame(),
        "run",
        contentRequest(BEDS_FIGURES, { year: 2025 }),
      )) as FrameResult;
      const filled = {
        "beds.phv_adult_hospital": "46",
        "beds.phv_adult_dps": "64",
        "beds.phbu_total": "12",
        "beds.tsb_total": "20,5",
      };
      expect(await model(page)).toEqual(filled);
      const undo = (await callContent(page.mainFrame(), "undo", { undoId: result.undoId })) as UndoResult;
      // Only a box the fill itself found again on the redrawn page (the last one written) is put
      // back; every other keeps its figure and is named.
      expect([...undo.restored, ...undo.failed].sort()).toEqual(Object.keys(BEDS_FIGURES).sort());
      expect(undo.failed.length).toBeGreaterThanOrEqual(3);
      const after = await model(page);
      for (const id of undo.failed) expect(after[id], id).toBe(filled[id as keyof typeof filled]);
      for (const id of undo.restored) expect(after[id], id).toBe("");
    } finally {
      await page.close();
    }
  });
});
