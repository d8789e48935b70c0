// Classic SharePoint list forms (NewForm.aspx), from the independent tester's round 3
// (test/e2e/forms/adversary-3/FINDINGS.md): each required column's box is titled by the column's
// name followed by "Obligatorisk felt" ("Required Field" on a site made in English), words that say
// the field must be filled, not what it is for (A7); the unit is a Choice column "Helseforetak" and
// the year a Lookup column whose first option "(Ingen)" is selected until one is chosen (A10). Run
// on the content script as the worker sends requests; every control of the form is read afterwards.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { requestUnit } from "../../extension/background/request-unit";
import type { FrameResult } from "../../extension/content/content-api";
import { callContent, contentRequest } from "./forms/browser";
import { BEDS_WITH_TOTALS, browserForFile } from "./forms/fill-page";

const browser = browserForFile();

/** Fills one of the tester's forms by labels alone; answers what every `data-k` control holds after. */
async function fillForm(
  form: string,
  html = formHtml(form),
  values: Record<string, number | string> = BEDS_WITH_TOTALS,
) {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    const result = (await callContent(
      page.mainFrame(),
      "run",
      contentRequest(values, { year: 2025, unit: requestUnit("983975267") }),
    )) as FrameResult;
    const held = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLInputElement>("[data-k]")].map((element) => [
          element.dataset.k as string,
          element.type === "checkbox" ? String(element.checked) : element.value,
        ]),
      ),
    );
    return { result, held };
  } finally {
    await page.close();
  }
}

function formHtml(form: string): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-3", `${form}.html`), "utf8");
  return html.replace(/<script src="\/state\.js"[^>]*><\/script>/, "");
}

const FIGURES = {
  "beds.phv_adult_hospital": "46",
  "beds.phv_adult_dps": "64",
  "beds.phv_adult_total": "110",
  "beds.phbu_total": "12",
  "beds.tsb_total": "20,5",
  "beds.all_total": "142,5",
};

describe("a required column's title ('… Obligatorisk felt', '… Required Field')", () => {
  for (const form of ["g06-sharepoint-classic", "g06b-sharepoint-english-ui"])
    it(`fills every figure by its column's name, the comment and the check box untouched (${form})`, async () => {
      const { held } = await fillForm(form);
      expect(held).toMatchObject({ ...FIGURES, "x:comment": "", "x:checked": "false", "x:title": "" });
    });

  it("a box titled only 'Obligatorisk felt' gets nothing; 'TSB, i alt Obligatorisk felt' gets TSB's figure", async () => {
    const html = `<!doctype html><html lang="nb"><body><p>TSB, i alt</p>
<input title="Obligatorisk felt" data-k="x:bare"><input title="TSB, i alt Obligatorisk felt" data-k="beds.tsb_total"></body></html>`;
    const { held } = await fillForm("", html);
    expect(held).toEqual({ "x:bare": "", "beds.tsb_total": "20,5" });
  });
});

describe("the unit as a Choice column, the year as a Lookup column (g06c)", () => {
  const IDENTITY = { "beds.unit_org": "983975267", "beds.year": 2025, ...BEDS_WITH_TOTALS };

  it("chooses 'Sykehuset Telemark HF' under 'Helseforetak' and 2025 over the selected '(Ingen)'", async () => {
    const { held } = await fillForm("g06c-sharepoint-not-required", undefined, IDENTITY);
    expect(held).toMatchObject({ ...FIGURES, "beds.unit_org": "Sykehuset Telemark HF", "beds.year": "6" });
    expect(held).toMatchObject({ "x:comment": "", "x:checked": "false", "x:title": "" });
  });

  it("a list with a real choice selected keeps it: 2024 chosen is another value, not empty", async () => {
    const html = formHtml("g06c-sharepoint-not-required").replace(
      '<option selected="selected" value="0">(Ingen)</option>\n\t\t\t<option value="4">2023</option><option value="5">2024</option>',
      '<option value="0">(Ingen)</option>\n\t\t\t<option value="4">2023</option><option value="5" selected="selected">2024</option>',
    );
    expect(html).toContain('<option value="5" selected="selected">2024</option>');
    const { result, held } = await fillForm("", html, IDENTITY);
    expect(held["beds.year"]).toBe("5");
    expect((result.figures ?? []).find((figure) => figure.id === "beds.year")?.outcome).toBe("mismatched");
  });
});
