// What names the part of a form a box sits in, said in structures the engine did not read
// (test/e2e/forms/adversary-5/FINDINGS.md; extension/content/control-context.ts, table-headers.ts,
// control-facts.ts). Each form's twin, where the same structure says this year or a count, still
// fills. Every decoy (`x:`) must stay empty.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { callContent, contentRequest } from "./forms/browser";
import { browserForFile, markedValues } from "./forms/fill-page";

const FLUENT = resolve(
  import.meta.dirname,
  "../../node_modules/@fluentui/web-components/dist/web-components-all.min.js",
);

const browser = browserForFile();

const FIGURES = {
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20.5,
  "beds.all_total": 142.5,
};

/** Fills by labels (Fluent web components loaded first when asked); what every `data-k` control holds after. */
async function fill(body: string, fluent = false): Promise<Record<string, string>> {
  const page = await browser().newPage();
  try {
    await page.setContent(`<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Døgnplasser – Sykehuset Telemark HF</title></head><body><h1>Døgnplasser – Sykehuset Telemark HF</h1>
${body}</body></html>`);
    if (fluent) {
      await page.addScriptTag({ path: FLUENT, type: "module" });
      // The tablist gives its panels their role and hides the closed one once it is connected.
      await page.waitForFunction(() => document.querySelectorAll("[role=tabpanel]").length === 2);
    }
    await callContent(page.mainFrame(), "run", contentRequest(FIGURES, { year: 2025 }));
    return await markedValues(page);
  } finally {
    await page.close();
  }
}

const decoys = (values: Record<string, string>) =>
  Object.entries(values).filter(([key, value]) => key.startsWith("x:") && value !== "");

/** Fluent's tabs over two bare panels, last year's tab named `lastYear`; `open` the one shown. */
const fluentTabs = (lastYear: string, open: "ly" | "now") => `<fluent-tablist activeid="t-${open}">
  <fluent-tab id="t-ly" aria-controls="p-ly">${lastYear}</fluent-tab>
  <fluent-tab id="t-now" aria-controls="p-now">I år</fluent-tab>
</fluent-tablist>
<div id="p-ly">
  <fluent-text-input data-k="x:ly-phbu">PHBU, i alt</fluent-text-input>
  <fluent-text-input data-k="x:ly-tsb">TSB, i alt</fluent-text-input>
</div>
<div id="p-now">
  <fluent-text-input data-k="beds.phbu_total">PHBU, i alt</fluent-text-input>
  <fluent-text-input data-k="beds.tsb_total">TSB, i alt</fluent-text-input>
</div>`;

// A Fluent web components tab (its role comes through ElementInternals) tied to a bare panel by
// `aria-controls` alone: the panel is named by the tab (C4).
describe("a tab panel named by the tab that controls it (aria-controls)", () => {
  it("Fluent's tab 'I fjor (2024)' open over a bare panel: its boxes take none of 2025's figures (C4)", async () => {
    const values = await fill(fluentTabs("I fjor (2024)", "ly"), true);
    expect(decoys(values)).toEqual([]);
  });

  it("an 'Utvid alle' button controlling both panels, before the tabs, does not hide the tab 'I fjor (2024)'", async () => {
    const html = `<button aria-controls="p-ly p-now">Utvid alle</button>\n${fluentTabs("I fjor (2024)", "ly")}`;
    const values = await fill(html, true);
    expect(decoys(values)).toEqual([]);
  });

  it("twin: the tab 'I år' open, its panel's boxes fill", async () => {
    const values = await fill(fluentTabs("I fjor (2024)", "now"), true);
    expect(values).toMatchObject({ "beds.phbu_total": "12", "beds.tsb_total": "20,5" });
    expect(decoys(values)).toEqual([]);
  });
});

/** Two figures, each a table with its `<figcaption>`: the first for the decoys, the second for 2025. */
const figures = (first: string, second: string) => `<figure><figcaption>${first}</figcaption><table>
<tr><th>PHBU, i alt</th><td><input data-k="x:ly-phbu"></td></tr>
<tr><th>TSB, i alt</th><td><input data-k="x:ly-tsb"></td></tr>
<tr><th>Døgnplasser i alt</th><td><input data-k="x:ly-all"></td></tr></table></figure>
<figure><figcaption>${second}</figcaption><table>
<tr><th>PHV voksne, sykehusnivå</th><td><input data-k="beds.phv_adult_hospital"></td></tr>
<tr><th>PHV voksne, DPS</th><td><input data-k="beds.phv_adult_dps"></td></tr></table></figure>`;

// A `<figure>`'s `<figcaption>` dating its table to last year (C6).
describe("a figure's caption speaks for the table in it", () => {
  it("'Godkjente tall per 31.12.2024' (a date of last year): its table takes none of 2025's figures (C6)", async () => {
    const values = await fill(
      figures(
        "Tabell 1. Godkjente tall per 31.12.2024 (kan korrigeres)",
        "Tabell 2. Nye tall per 19.11.2025",
      ),
    );
    expect(decoys(values)).toEqual([]);
    expect(values).toMatchObject({ "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
  });

  it("twin: captioned 'Godkjente tall per 31.12.2025', the same table fills", async () => {
    const values = await fill(
      figures("Tabell 1. Godkjente tall per 31.12.2025", "Tabell 2. Nye tall per 19.11.2025").replaceAll(
        /data-k="x:ly-(phbu|tsb)"/g,
        (_, slug: string) => `data-k="beds.${slug}_total"`,
      ),
    );
    expect(values).toMatchObject({
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
      "beds.phv_adult_hospital": "46",
    });
  });
});

/** A table described by a note (aria-describedby), then a table of counts. */
const described = (note: string) => `<h2>Dekning</h2>
<table aria-describedby="n1">
<tr><th>PHBU, i alt</th><td><input data-k="x:r-phbu"></td></tr>
<tr><th>TSB, i alt</th><td><input data-k="x:r-tsb"></td></tr>
</table>
<p id="n1">${note}</p>
<h2>Antall</h2>
<table>
<tr><th>PHV voksne, sykehusnivå</th><td><input data-k="beds.phv_adult_hospital"></td></tr>
<tr><th>PHV voksne, DPS</th><td><input data-k="beds.phv_adult_dps"></td></tr>
</table>`;

// A table's `aria-describedby` note saying its boxes hold a rate (C24).
describe("a table's description speaks for the boxes in it", () => {
  it("'Tallene … oppgis per 1000 innbyggere': its boxes take no counts (C24)", async () => {
    const values = await fill(
      described("Tallene i tabellen over oppgis per 1000 innbyggere i opptaksområdet."),
    );
    expect(decoys(values)).toEqual([]);
    expect(values).toMatchObject({ "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
  });

  it("twin: described as 'Tallene oppgis som antall plasser', its boxes take the counts", async () => {
    const values = await fill(
      described("Tallene i tabellen over oppgis som antall plasser.").replace(
        /data-k="x:r-(phbu|tsb)"/g,
        (_, slug: string) => `data-k="beds.${slug}_total"`,
      ),
    );
    expect(values).toMatchObject({ "beds.phbu_total": "12", "beds.tsb_total": "20,5" });
  });
});
