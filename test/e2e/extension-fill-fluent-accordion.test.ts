// Fluent UI web components' accordion (test/e2e/forms/adversary-5/FINDINGS.md, C17): the first
// item, last year's, holds its `<fluent-text-input>`s' controls in their shadow roots, so its
// text ("Fjorårets tall (2024) – til kontroll PHBU, i alt …") read as the accordion's title and
// made every box last year's: this year's item got nothing. A container's child that holds a
// control in a shadow root is a card, not a title (extension/content/card-title.ts). Its twins:
// a real title over the accordion that says last year still keeps every box out, and an
// accordion of last year's items only gets nothing. Every decoy (`x:`) must stay empty.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { callContent, contentRequest } from "./forms/browser";
import { BEDS_FIGURES, browserForFile, markedValues } from "./forms/fill-page";

const FLUENT = resolve(
  import.meta.dirname,
  "../../node_modules/@fluentui/web-components/dist/web-components-all.min.js",
);

const browser = browserForFile();

/** Fills by labels once Fluent has drawn every text input; what every `data-k` control holds after. */
async function fill(body: string): Promise<Record<string, string>> {
  const page = await browser().newPage();
  try {
    await page.setContent(`<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Døgnplasser – Sykehuset Telemark HF</title></head><body><h1>Døgnplasser – Sykehuset Telemark HF</h1>
${body}</body></html>`);
    await page.addScriptTag({ path: FLUENT, type: "module" });
    await page.waitForFunction(() =>
      [...document.querySelectorAll("fluent-text-input")].every((input) =>
        input.shadowRoot?.querySelector("input"),
      ),
    );
    await callContent(page.mainFrame(), "run", contentRequest(BEDS_FIGURES, { year: 2025 }));
    return await markedValues(page);
  } finally {
    await page.close();
  }
}

/** Two open items: last year's PHBU and TSB first, then the item `second` names with PHV voksne's boxes. */
const accordion = (second: string, own: boolean) => `<fluent-accordion>
  <fluent-accordion-item expanded>
    <span slot="heading">Fjorårets tall (2024) – til kontroll</span>
    <fluent-text-input data-k="x:ly-phbu">PHBU, i alt</fluent-text-input>
    <fluent-text-input data-k="x:ly-tsb">TSB, i alt</fluent-text-input>
  </fluent-accordion-item>
  <fluent-accordion-item expanded>
    <span slot="heading">${second}</span>
    <fluent-text-input data-k="${own ? "beds.phv_adult_hospital" : "x:hosp"}">PHV voksne, sykehusnivå</fluent-text-input>
    <fluent-text-input data-k="${own ? "beds.phv_adult_dps" : "x:dps"}">PHV voksne, DPS</fluent-text-input>
  </fluent-accordion-item>
</fluent-accordion>`;

const EMPTY = (values: Record<string, string>) => Object.values(values).every((value) => value === "");

describe("Fluent UI's accordion", () => {
  it("last year's item first: this year's item gets its figures, last year's none (k19)", async () => {
    const values = await fill(accordion("Innrapportering 2025", true));
    expect(values).toEqual({
      "x:ly-phbu": "",
      "x:ly-tsb": "",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
    });
  });

  it("a title over the accordion that says last year keeps every box out", async () => {
    const values = await fill(`<div><div>Fjorårets tall (2024)</div>${accordion("Voksne", false)}</div>`);
    expect(EMPTY(values)).toBe(true);
  });

  it("an accordion of last year's items only gets nothing", async () => {
    const values = await fill(accordion("Innrapportert i fjor: voksne", false));
    expect(EMPTY(values)).toBe(true);
  });
});
