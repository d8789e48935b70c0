// A card's own year list that shows another year through the live property only — a Vue or plain
// script list on its first option, no `selected` attribute (what a user sees, and what the page
// posts) — makes the card that year's: none of Telemark's 2025 figures go in. A list that is the
// form's own field, which the fill sets (the postback form's ddlYear on its first option, 2023),
// says nothing of the boxes beside it and is still filled (test/e2e/forms/adversary-5/FINDINGS.md,
// C5; extension/content/section-choice.ts; docs/extension.md "A list that shows a year …").
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FrameResult } from "../../extension/content/content-api";
import { callContent, contentRequest, launchBrowser } from "./forms/browser";
import { BEDS_FIGURES } from "./forms/fill-page";
import { type FormServer, startFormServer } from "./forms/serve-forms";

let browser: Browser;
let server: FormServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startFormServer({ pages: { "/vue-cards": VUE_CARDS, "/plain-cards": PLAIN_CARDS } });
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

const VUE = resolve(import.meta.dirname, "../../node_modules/vue/dist/vue.esm-browser.prod.js");

/**
 * Vue 3: two cards, each with its own "Velg år" list (`v-model`, which sets the list's value, never
 * a `selected` attribute). `?cmp=` is the comparison card's year, shown on its FIRST option.
 */
const VUE_CARDS = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser – Sykehuset Telemark HF</title></head>
<body><h1>Døgnplasser – Sykehuset Telemark HF</h1><div id="app"></div>
<script type="module">
import { createApp, reactive } from "/vendor/vue.js";
const cmp = new URLSearchParams(location.search).get("cmp") ?? "2024";
createApp({
  setup() {
    const state = reactive({ cmpYear: cmp, year: "2025", phbu: "", tsb: "", hospital: "", dps: "" });
    window.appState = () => ({ ...state });
    return { state, cmpYears: [cmp, ...["2023", "2024", "2025"].filter((y) => y !== cmp)] };
  },
  template: \`<section class="card"><header>Sammenligning
      <select aria-label="Velg år" v-model="state.cmpYear"><option v-for="y in cmpYears" :key="y">{{ y }}</option></select></header>
    <label>PHBU, i alt <input v-model="state.phbu"></label>
    <label>TSB, i alt <input v-model="state.tsb"></label></section>
  <section class="card"><header>Innrapportering
      <select aria-label="Velg år" v-model="state.year"><option>2024</option><option>2025</option></select></header>
    <label>PHV voksne, sykehusnivå <input v-model="state.hospital"></label>
    <label>PHV voksne, DPS <input v-model="state.dps"></label></section>\`,
}).mount("#app");
</script></body></html>`;

/**
 * Plain script: the comparison card's list gets its year from the script (`select.value`), on its
 * first option; beside it a card with an ARIA combobox that shows "2024", its first option, with
 * no option marked `aria-selected`.
 */
const PLAIN_CARDS = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser – Sykehuset Telemark HF</title></head>
<body><h1>Døgnplasser – Sykehuset Telemark HF</h1>
<div class="card"><div class="card-header">Sammenligning <select id="cmp" aria-label="Velg år"><option>2024</option><option>2025</option></select></div>
  <label>PHBU, i alt <input id="phbu"></label></div>
<div class="card"><div class="card-header">Forrige periode
  <div role="combobox" id="cbx" tabindex="0" aria-label="Velg år" aria-expanded="false" aria-controls="cbx-list">2024</div>
  <ul role="listbox" id="cbx-list" hidden><li role="option">2024</li><li role="option">2025</li></ul></div>
  <label>TSB, i alt <input id="tsb"></label></div>
<div class="card"><div class="card-header">Innrapportering <select id="year" aria-label="Velg år"><option>2024</option><option selected>2025</option></select></div>
  <label>PHV voksne, sykehusnivå <input id="hospital"></label>
  <label>PHV voksne, DPS <input id="dps"></label></div>
<script>document.getElementById("cmp").value = new URLSearchParams(location.search).get("cmp") ?? "2024";</script>
</body></html>`;

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route(`${server.origin}/vendor/vue.js`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: readFileSync(VUE, "utf8") }),
  );
  await page.goto(`${server.origin}${path}`);
  await page.waitForSelector("select");
  return page;
}

async function fill(page: Page, figures: Record<string, number | string>): Promise<Record<string, string>> {
  const result = (await callContent(
    page.mainFrame(),
    "run",
    contentRequest(figures, { year: 2025 }),
  )) as FrameResult;
  return Object.fromEntries((result.figures ?? []).map((figure) => [figure.id, figure.outcome]));
}

const appState = (page: Page) =>
  page.evaluate(() => (window as unknown as { appState(): Record<string, string> }).appState());
const values = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("input, select")].map((e) => [e.id, (e as HTMLInputElement).value]),
    ),
  );

describe("a card's own year list that shows another year by its live value only (C5, open case)", () => {
  it("Vue: the card whose list shows 2024 on its first option gets nothing; the 2025 card is filled", async () => {
    const page = await open("/vue-cards");
    try {
      // What the test is about: 2024 shown on the first option, no option marked selected.
      expect(
        await page.evaluate(() => {
          const list = document.querySelector("select") as HTMLSelectElement;
          return [list.value, list.selectedIndex, [...list.options].some((o) => o.hasAttribute("selected"))];
        }),
      ).toEqual(["2024", 0, false]);
      const outcomes = await fill(page, BEDS_FIGURES);
      expect(outcomes["beds.phbu_total"]).not.toBe("filled");
      expect(outcomes["beds.tsb_total"]).not.toBe("filled");
      expect(outcomes["beds.phv_adult_hospital"]).toBe("filled");
      expect(await appState(page)).toEqual({
        cmpYear: "2024",
        year: "2025",
        phbu: "",
        tsb: "",
        hospital: "46",
        dps: "64",
      });
    } finally {
      await page.close();
    }
  });

  it("twin, Vue: the card's list shows 2025 on its first option, both cards are filled", async () => {
    const page = await open("/vue-cards?cmp=2025");
    try {
      const outcomes = await fill(page, BEDS_FIGURES);
      expect(outcomes["beds.phbu_total"]).toBe("filled");
      expect(await appState(page)).toEqual({
        cmpYear: "2025",
        year: "2025",
        phbu: "12",
        tsb: "20,5",
        hospital: "46",
        dps: "64",
      });
    } finally {
      await page.close();
    }
  });

  it("plain script: a list set by `value` to 2024 and a combobox showing 2024 keep their cards empty", async () => {
    const page = await open("/plain-cards");
    try {
      const outcomes = await fill(page, BEDS_FIGURES);
      expect([outcomes["beds.phbu_total"], outcomes["beds.tsb_total"]]).not.toContain("filled");
      expect(await values(page)).toEqual({
        cmp: "2024",
        phbu: "",
        tsb: "",
        hospital: "46",
        dps: "64",
        year: "2025",
      });
    } finally {
      await page.close();
    }
  });

  it("twin, plain script: the list set to 2025 on its first option, its card is filled", async () => {
    const page = await open("/plain-cards?cmp=2025");
    try {
      expect((await fill(page, BEDS_FIGURES))["beds.phbu_total"]).toBe("filled");
      expect(await values(page)).toMatchObject({ cmp: "2025", phbu: "12", tsb: "" });
    } finally {
      await page.close();
    }
  });
});

describe("the form's own year list, which the fill sets, is no card's year", () => {
  it("the postback form's ddlYear on its first option (2023) is set to 2025, and the boxes beside it filled", async () => {
    const page = await open("/postback");
    try {
      expect(await page.inputValue("#ctl00_Main_ddlYear")).toBe("2023");
      const loaded = page.waitForEvent("load");
      const outcomes = await fill(page, { "beds.year": 2025, ...BEDS_FIGURES });
      expect(outcomes["beds.phv_adult_dps"]).toBe("filled");
      await loaded;
      // The page as the server rendered it from what was posted.
      expect(await page.inputValue("#ctl00_Main_ddlYear")).toBe("2025");
      expect(await page.inputValue("#ctl00_Main_txtDps")).toBe("64");
      expect(await page.inputValue("#ctl00_Main_txtHospital")).toBe("46");
      expect(await page.inputValue("#ctl00_Main_txtTsb")).toBe("20,5");
    } finally {
      await page.close();
    }
  });
});
