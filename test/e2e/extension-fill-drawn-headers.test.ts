// A column header whose words are not text in the cell, drawn by CSS (`<th class="ly"></th>`,
// `.ly::before { content: "2024 (i fjor)" }`) or an icon (`<th><img alt="Fjorårets tall (2024)">`),
// says its column's year as a screen reader reads it: last year's boxes stay empty, this year's
// are filled (test/e2e/forms/adversary-6/FINDINGS.md, D4, D5; extension/content/own-text.ts
// headerText). The twins draw this year's header the same way: it still fills. So does a Fluent
// `<fluent-field>`'s message "Fjorårets tall (2024) – kun til kontroll" beside its input (D13;
// control-name.ts controlHint): a message naming this year still fills.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { callContent, contentRequest } from "./forms/browser";
import { BEDS_FIGURES, browserForFile, fillHtml, markedValues } from "./forms/fill-page";

const browser = browserForFile();

function formHtml(form: string, edit: (html: string) => string = (html) => html): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-6", `${form}.html`), "utf8");
  return edit(html.replace(/<script src="state\.js"[^>]*><\/script>/, ""));
}

async function fill(html: string): Promise<Record<string, string>> {
  return (await fillHtml(browser(), html, BEDS_FIGURES)).held;
}

const EXPECTED = {
  "x:ly-hosp": "",
  "x:ly-dps": "",
  "x:ly-phbu": "",
  "x:ly-tsb": "",
  "beds.phv_adult_hospital": "46",
  "beds.phv_adult_dps": "64",
};

describe("a column header drawn, not written", () => {
  it("D4: last year's header as `::before` content: 46 and 64 under 2025 only", async () => {
    expect(await fill(formHtml("k09-css-before-year"))).toEqual(EXPECTED);
  });

  it("D5: last year's header as an icon's alt text: 46 and 64 under 2025 only", async () => {
    expect(await fill(formHtml("k10-img-alt-year"))).toEqual(EXPECTED);
  });

  it("D4 twin: this year's header drawn by `::after` too: it fills", async () => {
    const held = await fill(
      formHtml("k09-css-before-year", (html) =>
        html
          .replace("<th>2025</th>", '<th class="ty"></th>')
          .replace("</style>\n<h1>", '.ty::after{content:"2025"}</style>\n<h1>'),
      ),
    );
    expect(held).toEqual(EXPECTED);
  });

  it("D5 twin: this year's header an icon too: it fills", async () => {
    const held = await fill(
      formHtml("k10-img-alt-year", (html) =>
        html.replace("<th>2025</th>", '<th><img alt="Årets tall (2025)" width="16" height="16"></th>'),
      ),
    );
    expect(held).toEqual(EXPECTED);
  });
});

const FLUENT = resolve(
  import.meta.dirname,
  "../../node_modules/@fluentui/web-components/dist/web-components-all.min.js",
);

/** Fills k28 once Fluent has drawn every text input; what every `data-k` control holds after. */
async function fillFluent(html: string): Promise<Record<string, string>> {
  const page = await browser().newPage();
  try {
    await page.setContent(html.replace(/<script type="module" src="\/vendor\/fluent-wc\.js"><\/script>/, ""));
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

describe("a Fluent field's message", () => {
  it('D13: `<fluent-text slot=message>` "Fjorårets tall (2024)": 46 and 64 only', async () => {
    expect(await fillFluent(formHtml("k28-fluent-field-message"))).toEqual({
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "x:ly-phbu": "",
      "x:ly-tsb": "",
    });
  });

  it("D13 twin: a message naming this year keeps its field filled", async () => {
    const held = await fillFluent(
      formHtml("k28-fluent-field-message", (html) =>
        html
          .replaceAll("Fjorårets tall (2024) – kun til kontroll", "Tall for 2025")
          .replace('data-k="x:ly-phbu"', 'data-k="beds.phbu_total"')
          .replace('data-k="x:ly-tsb"', 'data-k="beds.tsb_total"'),
      ),
    );
    expect(held).toEqual({
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
    });
  });
});
