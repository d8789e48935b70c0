// A list inside a card that shows a year or a unit chooses whose boxes sit beside it: a card whose
// own "Velg år" shows 2024, or whose locked "Enhet" list shows Vestfold, gets none of Telemark's
// 2025 figures, while the card whose list shows the package's year and unit is filled
// (test/e2e/forms/adversary-5/FINDINGS.md, C5 and C32; extension/content/section-choice.ts).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { requestUnit } from "../../extension/background/request-unit";
import { callContent, contentRequest } from "./forms/browser";
import { BEDS_FIGURES, browserForFile } from "./forms/fill-page";

const browser = browserForFile();

function formHtml(form: string, edit: (html: string) => string = (html) => html): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-5", `${form}.html`), "utf8");
  return edit(html.replace(/<script src="state\.js"[^>]*><\/script>/, ""));
}

/** Fills Telemark's 2025 figures by labels; answers what every `data-k` control holds after. */
async function fill(html: string): Promise<Record<string, string>> {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    const unit = requestUnit("983975267");
    await callContent(
      page.mainFrame(),
      "run",
      contentRequest(BEDS_FIGURES, { year: 2025, ...(unit ? { unit } : {}) }),
    );
    return await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-k]")].map((element) => [
          element.dataset.k as string,
          element.value,
        ]),
      ),
    );
  } finally {
    await page.close();
  }
}

describe("a card whose own year list shows another year (C5)", () => {
  it("the card on 2024 gets nothing; the card on 2025 is filled (k27)", async () => {
    expect(await fill(formHtml("k27-card-year-selects"))).toEqual({
      "x:yr1": "2024",
      "x:c1-phbu": "",
      "x:c1-tsb": "",
      "x:yr2": "2025",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
    });
  });

  it("a row's own list that shows no year does not hide its card's 'Velg år' (2024): the row gets nothing", async () => {
    const html = formHtml("k27-card-year-selects", (form) =>
      form.replace(
        '<label>PHBU, i alt <input data-k="x:c1-phbu"></label>',
        '<div class="row"><select aria-label="Type"><option selected>Døgnbehandling</option></select> <label>PHBU, i alt <input data-k="x:c1-phbu"></label></div>',
      ),
    );
    expect(html).toContain('aria-label="Type"');
    expect(await fill(html)).toMatchObject({ "x:c1-phbu": "", "x:c1-tsb": "", "beds.phv_adult_dps": "64" });
  });

  it("twin: both cards' lists on 2025, both cards are filled", async () => {
    const html = formHtml("k27-card-year-selects", (form) =>
      form.replace(
        "<option>2023</option><option selected>2024</option><option>2025</option>",
        "<option>2024</option><option selected>2025</option>",
      ),
    );
    expect(await fill(html)).toMatchObject({
      "x:c1-phbu": "12",
      "x:c1-tsb": "20,5",
      "beds.phv_adult_dps": "64",
    });
  });

  it("a list no `selected` attribute marks shows its first option (2023) to the user: its card gets nothing", async () => {
    // Up to d726ab4 this card took 2025's figures: a list on its first option counted as unchosen
    // (extension-fill-card-year-shown.test.ts has the Vue and plain-script forms of it).
    const html = formHtml("k27-card-year-selects", (form) =>
      form.replace(
        "<option>2023</option><option selected>2024</option>",
        "<option>2023</option><option>2024</option>",
      ),
    );
    expect(await fill(html)).toMatchObject({ "x:c1-phbu": "", "x:c1-tsb": "", "beds.phv_adult_dps": "64" });
  });

  it("twin: a list showing its placeholder «Velg år …» says nothing of its card", async () => {
    const html = formHtml("k27-card-year-selects", (form) =>
      form.replace(
        "<option>2023</option><option selected>2024</option>",
        '<option value="">Velg år …</option><option>2023</option><option>2024</option>',
      ),
    );
    expect(await fill(html)).toMatchObject({ "x:c1-phbu": "12", "x:c1-tsb": "20,5" });
  });
});

describe("a card whose locked unit list shows another unit (C32)", () => {
  it("Vestfold's card gets nothing; Telemark's card is filled (k46)", async () => {
    expect(await fill(formHtml("k46-card-unit-selects"))).toEqual({
      "x:u1": "983975259",
      "x:v-phbu": "",
      "x:v-tsb": "",
      "x:u2": "983975267",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
    });
  });

  it("twin: both cards' lists on Telemark, both cards are filled", async () => {
    const html = formHtml("k46-card-unit-selects", (form) =>
      form.replace(
        '<option value="983975259" selected>Sykehuset i Vestfold HF</option><option value="983975267">',
        '<option value="983975259">Sykehuset i Vestfold HF</option><option value="983975267" selected>',
      ),
    );
    expect(await fill(html)).toMatchObject({
      "x:v-phbu": "12",
      "x:v-tsb": "20,5",
      "beds.phv_adult_dps": "64",
    });
  });
});
