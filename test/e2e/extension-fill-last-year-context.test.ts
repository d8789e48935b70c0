// Last year's correction boxes under a caption, an open details' summary or a labelled aside that
// say "fjorårets tall" / "i fjor" are last year's, as under a heading or legend
// (test/e2e/forms/adversary-3/FINDINGS.md, A14); a caption that names no other year rules nothing out.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callContent, contentRequest, launchBrowser } from "./forms/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BEDS = {
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phv_adult_total": 110,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20.5,
  "beds.all_total": 142.5,
};

function formHtml(form: string): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-3", `${form}.html`), "utf8");
  return html.replace(/<script src="\/state\.js"[^>]*><\/script>/, "");
}

/** Fills by labels; answers what every `data-k` control holds after. */
async function fill(html: string): Promise<Record<string, string>> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    await callContent(page.mainFrame(), "run", contentRequest(BEDS, { year: 2025 }));
    return await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLInputElement>("[data-k]")].map((element) => [
          element.dataset.k as string,
          element.value,
        ]),
      ),
    );
  } finally {
    await page.close();
  }
}

const ONLY_THIS_YEARS = {
  "beds.phv_adult_hospital": "46",
  "beds.phv_adult_dps": "64",
  "x:ly-phbu": "",
  "x:ly-tsb": "",
  "x:ly-phv-total": "",
  "x:ly-all": "",
};

describe("last year's boxes under a caption, a details' summary or a labelled aside", () => {
  it("stay empty when they say «fjorårets tall» (g28)", async () => {
    expect(await fill(formHtml("g28-last-year-by-caption"))).toEqual(ONLY_THIS_YEARS);
  });

  it("stay empty when they say «rapportert i fjor» (g28b)", async () => {
    expect(await fill(formHtml("g28b-last-year-i-fjor"))).toEqual(ONLY_THIS_YEARS);
  });

  it("are filled when the caption, summary and aside name no other year", async () => {
    const html = formHtml("g28-last-year-by-caption").replaceAll("Rettelser i fjorårets tall", "Døgnplasser");
    expect(await fill(html)).toEqual({
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "x:ly-phbu": "12",
      "x:ly-tsb": "20,5",
      "x:ly-phv-total": "110",
      "x:ly-all": "142,5",
    });
  });
});

describe("tab panes without ARIA (Bootstrap 3: links in a nav-tabs list, panes by id)", () => {
  it("last year's pane, open, takes nothing; this year's pane is hidden (g31)", async () => {
    expect(await fill(formHtml("g31-bootstrap-tabs-last-year-open"))).toEqual({
      "x:ly-hosp": "",
      "x:ly-dps": "",
      "x:ly-tsb": "",
      "beds.phv_adult_hospital": "",
      "beds.phv_adult_dps": "",
      "beds.tsb_total": "",
    });
  });

  it("this year's pane, open, is filled; last year's stays empty", async () => {
    const html = formHtml("g31-bootstrap-tabs-last-year-open")
      .replace('<li class="active"><a href="#fjor"', '<li><a href="#fjor"')
      .replace('<li><a href="#iaar"', '<li class="active"><a href="#iaar"')
      .replace('<div class="tab-pane active" id="fjor">', '<div class="tab-pane" id="fjor">')
      .replace('<div class="tab-pane" id="iaar">', '<div class="tab-pane active" id="iaar">');
    expect(html).toContain('<div class="tab-pane active" id="iaar">');
    expect(await fill(html)).toEqual({
      "x:ly-hosp": "",
      "x:ly-dps": "",
      "x:ly-tsb": "",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.tsb_total": "20,5",
    });
  });
});
