// Containers that name their part of the form by ARIA or a widget library's attributes, not by a
// heading, legend or caption: last year's boxes must stay empty (test/e2e/forms/adversary-6/FINDINGS.md,
// D22, D23, D29, D30; extension/content/control-context.ts, card-title.ts). Each form's twin, the
// same structure naming this year, still fills. Every decoy (`x:`) must stay empty.
import { describe, expect, it } from "vitest";
import { BEDS_FIGURES, browserForFile, fillHtml, telemarkPage } from "./forms/fill-page";

const browser = browserForFile();

/** Fills a 2025 package by labels; what every `data-k` control holds after. */
async function fill(body: string): Promise<Record<string, string>> {
  return (await fillHtml(browser(), telemarkPage(body), BEDS_FIGURES)).held;
}

const decoys = (values: Record<string, string>) =>
  Object.entries(values).filter(([key, value]) => key.startsWith("x:") && value !== "");

/** The twin's boxes: the decoys' places given PHBU's and TSB's field ids. */
const asThisYears = (html: string) =>
  html.replace(/data-k="x:ly-(phbu|tsb)"/g, (_, slug: string) => `data-k="beds.${slug}_total"`);

const THIS_YEARS = { "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" };
const TWIN = { ...THIS_YEARS, "beds.phbu_total": "12", "beds.tsb_total": "20,5" };

/** k32: two tables named by `aria-labelledby`, their labels together in a bar above both. */
const labelledTables = (
  first: string,
) => `<div><span id="lbl-1">${first}</span> · <span id="lbl-2">Årets tall (2025)</span></div>
<table aria-labelledby="lbl-1">
<tr><th>PHBU, i alt</th><td><input data-k="x:ly-phbu"></td></tr>
<tr><th>TSB, i alt</th><td><input data-k="x:ly-tsb"></td></tr></table>
<table aria-labelledby="lbl-2">
<tr><th>PHV voksne, sykehusnivå</th><td><input data-k="beds.phv_adult_hospital"></td></tr>
<tr><th>PHV voksne, DPS</th><td><input data-k="beds.phv_adult_dps"></td></tr></table>`;

describe("a table named by aria-labelledby", () => {
  it("'Fjorårets tall (2024)': its boxes take none of 2025's figures (D22)", async () => {
    const values = await fill(labelledTables("Fjorårets tall (2024)"));
    expect(decoys(values)).toEqual([]);
    expect(values).toMatchObject(THIS_YEARS);
  });

  it("twin: named 'Tall for 2025', the same table fills", async () => {
    expect(await fill(asThisYears(labelledTables("Tall for 2025")))).toMatchObject(TWIN);
  });
});

/** k33: two groups named by `aria-label` alone. */
const labelledGroups = (first: string) => `<div role="group" aria-label="${first}">
  <label>PHBU, i alt <input data-k="x:ly-phbu"></label>
  <label>TSB, i alt <input data-k="x:ly-tsb"></label></div>
<div role="group" aria-label="Tall for 2025">
  <label>PHV voksne, sykehusnivå <input data-k="beds.phv_adult_hospital"></label>
  <label>PHV voksne, DPS <input data-k="beds.phv_adult_dps"></label></div>`;

describe("a group named by aria-label", () => {
  it("role=group 'Fjorårets tall (2024)': its boxes take none of 2025's figures (D23)", async () => {
    const values = await fill(labelledGroups("Fjorårets tall (2024)"));
    expect(decoys(values)).toEqual([]);
    expect(values).toMatchObject(THIS_YEARS);
  });

  it("a fieldset named by aria-label alone, no legend, does the same", async () => {
    const html = labelledGroups("Fjorårets tall (2024)").replace(/<div role="group"|<\/div>/g, (tag) =>
      tag.replace("div", "fieldset").replace(' role="group"', ""),
    );
    expect(decoys(await fill(html))).toEqual([]);
  });

  it("twin: named 'Tall for 2025', the same group fills", async () => {
    expect(await fill(asThisYears(labelledGroups("Tall for 2025")))).toMatchObject(TWIN);
  });
});

/** k40: Bootstrap 5 tabs, tied to their panes by `data-bs-target` alone; the `open` one shown. */
const bootstrapTabs = (
  open: "ly" | "now",
) => `<style>.tab-pane{display:none}.tab-pane.active{display:block}</style>
<ul class="nav nav-tabs" role="tablist">
  <li><button class="nav-link" data-bs-toggle="tab" data-bs-target="#ly" type="button">2024</button></li>
  <li><button class="nav-link" data-bs-toggle="tab" data-bs-target="#now" type="button">2025</button></li>
</ul>
<div class="tab-content">
  <div class="tab-pane${open === "ly" ? " active" : ""}" id="ly">
    <label>PHBU, i alt <input data-k="x:ly-phbu"></label>
    <label>TSB, i alt <input data-k="x:ly-tsb"></label></div>
  <div class="tab-pane${open === "now" ? " active" : ""}" id="now">
    <label>PHBU, i alt <input data-k="beds.phbu_total"></label>
    <label>TSB, i alt <input data-k="beds.tsb_total"></label></div>
</div>`;

describe("a tab pane named by its Bootstrap 5 tab (data-bs-target)", () => {
  it("the tab '2024' open: its pane takes none of 2025's figures (D29)", async () => {
    expect(decoys(await fill(bootstrapTabs("ly")))).toEqual([]);
  });

  it("twin: the tab '2025' open, its pane fills", async () => {
    const values = await fill(bootstrapTabs("now"));
    expect(values).toMatchObject({ "beds.phbu_total": "12", "beds.tsb_total": "20,5" });
    expect(decoys(values)).toEqual([]);
  });
});

/** k41: a hand-made accordion, each header a bare `<button aria-expanded>` before its open body. */
const buttonAccordion = (first: string, wrap = false) => {
  const head = (text: string) => {
    const button = `<button type="button" aria-expanded="true">${text}</button>`;
    return wrap ? `<div class="acc-header">${button}</div>` : button;
  };
  return `<div class="acc">${head(first)}<div class="acc-body">
    <label>PHBU, i alt <input data-k="x:ly-phbu"></label>
    <label>TSB, i alt <input data-k="x:ly-tsb"></label></div></div>
<div class="acc">${head("Årets tall")}<div class="acc-body">
    <label>PHV voksne, sykehusnivå <input data-k="beds.phv_adult_hospital"></label>
    <label>PHV voksne, DPS <input data-k="beds.phv_adult_dps"></label></div></div>`;
};

describe("an accordion whose header is a bare button (aria-expanded)", () => {
  it("'Fjorårets tall (2024)': its body's boxes take none of 2025's figures (D30)", async () => {
    const values = await fill(buttonAccordion("Fjorårets tall (2024)"));
    expect(decoys(values)).toEqual([]);
    expect(values).toMatchObject(THIS_YEARS);
  });

  it("the button in a header <div> of its own does the same", async () => {
    expect(decoys(await fill(buttonAccordion("Fjorårets tall (2024)", true)))).toEqual([]);
  });

  it("twin: the header 'Tall for 2025', its body fills", async () => {
    expect(await fill(asThisYears(buttonAccordion("Tall for 2025")))).toMatchObject(TWIN);
  });
});
