// A page that re-renders its form on input: Vue rows keyed by their index and sorted "still to fill
// first" (test/e2e/forms/adversary-3/g04-vue-sorts-rows.html; FINDINGS.md, A6). After each input Vue
// gives the same <input> and <label> to another row, so a box found before the first write stands
// for another field by the next. What the app would save (its state) must never hold a figure in
// another row: the fill writes only into a box that still reads as planned, puts nothing back into
// a box that now belongs to another row, and says so ("changed").
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { FrameResult } from "../../extension/content/content-api";
import { callContent, contentRequest } from "./forms/browser";
import { browserForFile } from "./forms/fill-page";
import { openForm } from "./forms/open-form";

const browser = browserForFile();

const FORMS = resolve(import.meta.dirname, "forms/adversary-3");
const BEDS = {
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phv_adult_total": 110,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20.5,
};
const RIGHT: Record<string, string> = {
  "beds.phv_adult_hospital": "46",
  "beds.phv_adult_dps": "64",
  "beds.phv_adult_total": "110",
  "beds.phbu_total": "12",
  "beds.tsb_total": "20,5",
};

/** Opens a form of the tester's folder (or `html` in its place). */
const open = (form: string, html?: string): Promise<Page> =>
  openForm(browser(), form, html ?? readFileSync(resolve(FORMS, `${form}.html`), "utf8"), "#app input");

const appState = (page: Page) =>
  page.evaluate(() => (window as unknown as { hsoAppState(): Record<string, string> }).hsoAppState());

describe("a form whose rows move on every input (Vue, keyed by index, sorted)", () => {
  it("no row of the app's state holds another row's figure; what was not written is 'changed'", async () => {
    const page = await open("g04-vue-sorts-rows");
    try {
      const result = (await callContent(
        page.mainFrame(),
        "run",
        contentRequest(BEDS, { year: 2025 }),
      )) as FrameResult;
      // Let Vue settle after the fill, as a user would see it.
      await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
      const state = await appState(page);
      for (const [id, value] of Object.entries(state))
        expect([id, value]).toSatisfy(([key, held]: [string, string]) => held === "" || held === RIGHT[key]);
      const outcomes = Object.fromEntries(
        (result.figures ?? []).map((figure) => [figure.id, figure.outcome]),
      );
      const notFilled = Object.keys(RIGHT).filter((id) => state[id] === "");
      for (const id of notFilled) expect([id, outcomes[id]]).not.toEqual([id, "filled"]);
      expect(Object.values(outcomes)).toContain("changed");
    } finally {
      await page.close();
    }
  });

  it("a Vue form keyed by its rows (nothing moves) is filled whole", async () => {
    const html = readFileSync(resolve(FORMS, "g04-vue-sorts-rows.html"), "utf8")
      .replace(':key="i"', ':key="row.k"')
      .replace('[...rows].sort((a, b) => (a.value !== "") - (b.value !== ""))', "rows");
    expect(html).toContain(':key="row.k"');
    const page = await open("g04-keyed", html);
    try {
      const result = (await callContent(
        page.mainFrame(),
        "run",
        contentRequest(BEDS, { year: 2025 }),
      )) as FrameResult;
      expect(await appState(page)).toEqual(RIGHT);
      expect(result.filled).toHaveLength(5);
    } finally {
      await page.close();
    }
  });
});

// test/e2e/forms/adversary-5/k14-vue-compare-appears.html (FINDINGS.md, C1): once a box holds a
// value, Vue adds a column "2024 (i fjor)" before "2025", keyed by index, so the first column's
// <input>s become 2024's and 2025 gets new ones. A box whose column header changed under the fill
// moved: nothing is written into it, put back into it, or reported filled from it.
const COMPARE_APPEARS = readFileSync(
  resolve(import.meta.dirname, "forms/adversary-5/k14-vue-compare-appears.html"),
  "utf8",
);
const LAST_YEAR_FIRST =
  '[{ head: "2024 (i fjor)", model: ly, key: "x:ly-" }, { head: "2025", model: now, key: "beds." }]';

describe("a form that adds last year's column before this year's under the fill (C1)", () => {
  const fillCompare = async (html: string) => {
    const page = await open("k14-vue-compare-appears", html);
    try {
      const result = (await callContent(
        page.mainFrame(),
        "run",
        contentRequest(BEDS, { year: 2025 }),
      )) as FrameResult;
      await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
      return { result, state: await appState(page) };
    } finally {
      await page.close();
    }
  };

  it("last year's column gets no figure, and no figure is reported filled or put back from it", async () => {
    expect(COMPARE_APPEARS).toContain(LAST_YEAR_FIRST);
    const { result, state } = await fillCompare(COMPARE_APPEARS);
    for (const [id, value] of Object.entries(state))
      if (id.startsWith("x:ly-")) expect([id, value]).toEqual([id, ""]);
    for (const figure of result.figures ?? []) {
      if (figure.outcome === "filled")
        expect([figure.id, state[figure.id]]).toEqual([figure.id, RIGHT[figure.id]]);
      // "Put back" only where the figure is not left on the page in the field's own box.
      if (figure.restored === true) expect([figure.id, state[figure.id]]).toEqual([figure.id, ""]);
    }
  });

  it("twin: last year's column added after this year's moves nothing, every figure is filled", async () => {
    const html = COMPARE_APPEARS.replace(
      LAST_YEAR_FIRST,
      '[{ head: "2025", model: now, key: "beds." }, { head: "2024 (i fjor)", model: ly, key: "x:ly-" }]',
    );
    const { result, state } = await fillCompare(html);
    expect(result.filled).toHaveLength(4);
    for (const id of Object.keys(BEDS).filter((key) => key !== "beds.phv_adult_total"))
      expect([id, state[id]]).toEqual([id, RIGHT[id]]);
    for (const [id, value] of Object.entries(state))
      if (id.startsWith("x:ly-")) expect([id, value]).toEqual([id, ""]);
  });
});
