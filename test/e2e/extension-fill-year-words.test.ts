// Last year's column or section said with a year the year rules did not read: "Tall ’24", a
// `<time datetime="2024-11-20">20.11.</time>` (test/e2e/forms/adversary-6/FINDINGS.md, D6, D2;
// extension/content/words.ts, own-text.ts). Each form's twin, the same headers naming this year
// over the boxes PHBU and TSB sit in, still fills. Every decoy (`x:`) must stay empty.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BEDS_FIGURES, browserForFile, fillHtml, telemarkPage } from "./forms/fill-page";

const browser = browserForFile();

/** Fills a 2025 package by labels; what every `data-k` control holds after. */
async function fill(body: string): Promise<Record<string, string>> {
  return (await fillHtml(browser(), telemarkPage(body), BEDS_FIGURES)).held;
}

/** k14 / k03: two year columns; PHBU and TSB only in the first (last year's, or the twin's this year's). */
const twoColumns = (first: string, second: string, phbu = "x:ly-phbu", tsb = "x:ly-tsb") => `<table>
<thead><tr><th>Fagområde</th><th>${first}</th><th>${second}</th></tr></thead>
<tbody>
<tr><th>PHV voksne, sykehusnivå</th><td><input data-k="x:ly-hosp"></td><td><input data-k="beds.phv_adult_hospital"></td></tr>
<tr><th>PHV voksne, DPS</th><td><input data-k="x:ly-dps"></td><td><input data-k="beds.phv_adult_dps"></td></tr>
<tr><th>PHBU, i alt</th><td><input data-k="${phbu}"></td><td>–</td></tr>
<tr><th>TSB, i alt</th><td><input data-k="${tsb}"></td><td>–</td></tr>
</tbody></table>`;

const THIS_YEARS = {
  "x:ly-hosp": "",
  "x:ly-dps": "",
  "x:ly-phbu": "",
  "x:ly-tsb": "",
  "beds.phv_adult_hospital": "46",
  "beds.phv_adult_dps": "64",
};

describe("a year written with an apostrophe", () => {
  it("D6: 'Tall ’24' | 'Tall ’25': 46 and 64 under ’25, nothing under ’24", async () => {
    expect(await fill(twoColumns("Tall ’24", "Tall ’25"))).toEqual(THIS_YEARS);
  });

  it("D6: with a straight apostrophe too", async () => {
    expect(await fill(twoColumns("Tall '24", "Tall '25"))).toEqual(THIS_YEARS);
  });

  it("twin: 'Tall ’25' over PHBU and TSB fills them", async () => {
    const held = await fill(twoColumns("Tall ’25", "Tall ’25", "beds.phbu_total", "beds.tsb_total"));
    expect(held).toMatchObject({ "beds.phbu_total": "12", "beds.tsb_total": "20,5", "x:ly-hosp": "" });
  });
});

describe("a year said only by <time datetime>", () => {
  const counted = (date: string, shown: string) => `Telling <time datetime="${date}">${shown}</time>`;

  it("D2: 'Telling 20.11.' (2024-11-20) | 'Telling 19.11.' (2025-11-19): 46 and 64 in 2025's column only", async () => {
    expect(await fill(twoColumns(counted("2024-11-20", "20.11."), counted("2025-11-19", "19.11.")))).toEqual(
      THIS_YEARS,
    );
  });

  it("twin: a column counted on a date of 2025 over PHBU and TSB fills them", async () => {
    const held = await fill(
      twoColumns(
        counted("2025-11-19", "19.11."),
        counted("2025-11-19", "19.11."),
        "beds.phbu_total",
        "beds.tsb_total",
      ),
    );
    expect(held).toMatchObject({ "beds.phbu_total": "12", "beds.tsb_total": "20,5", "x:ly-hosp": "" });
  });
});

describe("a section that names when it was sent", () => {
  /** k05: two open details; PHBU and TSB under the first summary (last year's, or the twin's this year's). */
  const sent = (first: string, phbu = "x:ly-phbu", tsb = "x:ly-tsb") => `
<details open><summary>${first}</summary>
  <label>PHBU, i alt <input data-k="${phbu}"></label>
  <label>TSB, i alt <input data-k="${tsb}"></label>
</details>
<details open><summary>Tall for 2025</summary>
  <label>PHV voksne, sykehusnivå <input data-k="beds.phv_adult_hospital"></label>
  <label>PHV voksne, DPS <input data-k="beds.phv_adult_dps"></label>
</details>`;
  const FILLED = { "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" };

  it("D3: 'Innsendt mars 2025 – tall for 2024' holds 2024's: PHBU and TSB stay out", async () => {
    expect(await fill(sent("Innsendt mars 2025 – tall for 2024"))).toEqual({
      ...FILLED,
      "x:ly-phbu": "",
      "x:ly-tsb": "",
    });
  });

  it("'Levert 12.03.2025, tall for 2024' (a date written out: left out before too)", async () => {
    expect(await fill(sent("Levert 12.03.2025, tall for 2024"))).toEqual({
      ...FILLED,
      "x:ly-phbu": "",
      "x:ly-tsb": "",
    });
  });

  it("twin: 'Innsendt mars 2025 – tall for 2025' is 2025's and fills", async () => {
    const held = await fill(sent("Innsendt mars 2025 – tall for 2025", "beds.phbu_total", "beds.tsb_total"));
    expect(held).toEqual({ ...FILLED, "beds.phbu_total": "12", "beds.tsb_total": "20,5" });
  });

  it("twin: 'Innsendt mars 2024' alone stays another year's", async () => {
    expect(await fill(sent("Innsendt mars 2024"))).toEqual({ ...FILLED, "x:ly-phbu": "", "x:ly-tsb": "" });
  });
});

describe("the tester's forms as written (k14, k03, k05)", () => {
  for (const form of ["k14-apostrophe-years", "k03-time-datetime", "k05-details-sent-2025"]) {
    it(`${form}: 46 and 64 into this year's boxes, nothing into last year's`, async () => {
      const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-6", `${form}.html`), "utf8");
      const { held } = await fillHtml(
        browser(),
        html.replace(/<script src="state\.js"[^>]*><\/script>/, ""),
        BEDS_FIGURES,
      );
      expect(Object.entries(held).filter(([key, value]) => key.startsWith("x:") && value !== "")).toEqual([]);
      expect(held).toMatchObject({ "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
    });
  }
});
