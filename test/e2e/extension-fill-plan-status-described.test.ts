// Plan status per measure as some intranets lay it out: the measure's text in a paragraph, a list
// "Status ved forrige rapportering" and a radio fieldset "Status nå", both described by the
// paragraph (aria-describedby). The fieldset's description names its measure as a legend naming
// it would; "nå" says no more than "i år" (adversary round 5, C19).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { callContent, contentRequest } from "./forms/browser";
import { browserForFile } from "./forms/fill-page";

const browser = browserForFile();

const STATUS = { "plan_status.joint_intake": "not_started", "plan_status.children_24_7": "in_progress" };

const measure = (id: string, text: string, radios: string, described = true) => `
<div class="m"><p id="${id}">${text}</p>
  <label>Status ved forrige rapportering
    <select id="prev-${id}" aria-describedby="${id}"><option value="">Velg</option><option>Innført</option><option>Under arbeid</option><option>Ikke startet</option></select></label>
  <fieldset ${described ? `aria-describedby="${id}"` : ""}><legend>Status nå</legend>
    <label><input type="radio" name="${radios}" value="in_place">Innført</label>
    <label><input type="radio" name="${radios}" value="in_progress">Under arbeid</label>
    <label><input type="radio" name="${radios}" value="not_started">Ikke startet</label></fieldset>
</div>`;

const form = (described = true) => `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Status regional plan 2025 – Sykehuset Telemark HF</title></head><body>
<h1>Status regional plan 2025 – Sykehuset Telemark HF</h1>
${measure("m1", "Felles inntak med kommunehelsetjenesten (integrert inntak – «Én vei inn»)", "j", described)}
${measure("m2", "Tilgjengelig tilbud 24/7 for barn og unge innen psykisk helsevern", "c", described)}
</body></html>`;

/** Each group's checked radio, and each earlier-status list's value. */
const held = (page: Page) =>
  page.evaluate(() => ({
    j: document.querySelector<HTMLInputElement>("input[name=j]:checked")?.value ?? "",
    c: document.querySelector<HTMLInputElement>("input[name=c]:checked")?.value ?? "",
    prevM1: document.querySelector<HTMLSelectElement>("#prev-m1")?.value,
    prevM2: document.querySelector<HTMLSelectElement>("#prev-m2")?.value,
  }));

async function fill(html: string) {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    await callContent(page.mainFrame(), "run", contentRequest(STATUS, { year: 2025 }));
    return await held(page);
  } finally {
    await page.close();
  }
}

describe("«Status nå» radios described by their measure (adversary round 5, C19)", () => {
  it("each measure's status goes into its own «Status nå»; the earlier status lists stay untouched", async () => {
    expect(await fill(form())).toEqual({ j: "not_started", c: "in_progress", prevM1: "", prevM2: "" });
  });

  it("twin: without the description the two «Status nå» groups cannot be told apart: nothing chosen", async () => {
    expect(await fill(form(false))).toEqual({ j: "", c: "", prevM1: "", prevM2: "" });
  });
});
