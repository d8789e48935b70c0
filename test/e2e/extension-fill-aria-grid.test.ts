// An ARIA grid laid out without a <table> (AG Grid, MUI's DataGrid: flex rows of role=gridcell):
// its columnheaders head the controls in its gridcells, by aria-colindex or else by place, and its
// rowheaders name them, so this year's figures go into the "2025" column and never into
// "2024 (i fjor)", not even with overwrite (test/e2e/forms/adversary-4/FINDINGS.md, B19).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { callContent, contentRequest } from "./forms/browser";
import { browserForFile } from "./forms/fill-page";

const browser = browserForFile();

const BEDS = { "beds.phv_adult_hospital": 46, "beds.phbu_total": 12, "beds.tsb_total": 20.5 };

function formHtml(form: string, edit: (html: string) => string = (html) => html, round = 4): string {
  const html = readFileSync(resolve(import.meta.dirname, `forms/adversary-${round}`, `${form}.html`), "utf8");
  return edit(html.replace(/<script src="state\.js"[^>]*><\/script>/, ""));
}

/** Fills by labels (with overwrite when asked) and answers what `read` reads of the page after. */
async function fill<T>(html: string, read: (page: Page) => Promise<T>, overwrite = false): Promise<T> {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    await callContent(page.mainFrame(), "run", contentRequest(BEDS, { year: 2025, overwrite }));
    return await read(page);
  } finally {
    await page.close();
  }
}

const boxes = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement>("[data-k]")].map((box) => [box.dataset.k, box.value]),
    ),
  );
/** The grid's own model (what the page would save), as h19b keeps it. */
const model = (page: Page) =>
  page.evaluate(() => (window as unknown as { hsoAppState(): Record<string, string> }).hsoAppState());

const THIS_YEAR = { "beds.phv_adult_hospital": "46", "beds.phbu_total": "12", "beds.tsb_total": "20,5" };
const LAST_YEAR_KEPT = { "x:ly-hosp": "44", "x:ly-phbu": "", "x:ly-tsb": "" };

describe("an ARIA grid's column headers", () => {
  it("B19: 46 / 12 / 20,5 go into the '2025' column; '2024 (i fjor)' keeps its 44 and its empty boxes", async () => {
    expect(await fill(formHtml("h19c-aria-grid-inputs"), boxes)).toEqual({ ...LAST_YEAR_KEPT, ...THIS_YEAR });
  });

  it("B19: with overwrite too, last year's 44 is not replaced", async () => {
    expect(await fill(formHtml("h19c-aria-grid-inputs"), boxes, true)).toMatchObject(LAST_YEAR_KEPT);
  });

  it("B19: aria-colindex decides, not the headers' order in the DOM", async () => {
    const last = '<div class="c" role="columnheader" aria-colindex="2">2024 (i fjor)</div>';
    const current = '<div class="c" role="columnheader" aria-colindex="3">2025</div>';
    const reordered = formHtml("h19c-aria-grid-inputs", (html) =>
      html.replace(last, "@").replace(current, last).replace("@", current),
    );
    expect(reordered).toContain(`${current}\n      ${last}`);
    expect(await fill(reordered, boxes)).toEqual({ ...LAST_YEAR_KEPT, ...THIS_YEAR });
  });

  it("in a layout table (a WebForms page's cell), the grid's own headers still decide", async () => {
    // A table's headers that are empty must not stand for the grid's (review of C24's description).
    const nested = formHtml("h19c-aria-grid-inputs", (html) =>
      html
        .replace(/<body([^>]*)>/, "<body$1><table><tr><td>")
        .replace("</body>", "</td></tr></table></body>"),
    );
    expect(nested).toContain("<table><tr><td>");
    expect(await fill(nested, boxes, true)).toEqual({ ...LAST_YEAR_KEPT, ...THIS_YEAR });
  });

  it("B19 twin: the columns' titles swapped, the figures follow them", async () => {
    const swapped = formHtml("h19c-aria-grid-inputs", (html) =>
      html.replace(">2024 (i fjor)<", ">@<").replace(">2025<", ">2024 (i fjor)<").replace(">@<", ">2025<"),
    );
    expect(await fill(swapped, boxes)).toEqual({
      "x:ly-hosp": "44",
      "x:ly-phbu": "12",
      "x:ly-tsb": "20,5",
      "beds.phv_adult_hospital": "",
      "beds.phbu_total": "",
      "beds.tsb_total": "",
    });
  });

  it("B19: without aria-colindex, a cell's place in its row finds its column header", async () => {
    const placed = formHtml("h19c-aria-grid-inputs", (html) => html.replace(/ aria-colindex="\d"/g, ""));
    expect(await fill(placed, boxes)).toEqual({ ...LAST_YEAR_KEPT, ...THIS_YEAR });
  });

  it("B19 (AG Grid's editor): with overwrite, last year's TSB cell being edited keeps its 19", async () => {
    expect(await fill(formHtml("h19b-ag-grid-editor"), model, true)).toMatchObject({
      "beds.tsb_total": "",
      "x:ly-tsb": "",
    });
  });

  it("B19 twin (AG Grid's editor): this year's TSB cell being edited gets 20,5 in the grid's model", async () => {
    const editing = formHtml("h19b-ag-grid-editor", (html) =>
      html.replace("let editing = { r: 2, c: 2 };", "let editing = { r: 2, c: 1 };"),
    );
    expect(await fill(editing, model)).toMatchObject({ "beds.tsb_total": "20,5", "x:ly-tsb": "" });
  });

  it("an ARIA table (role=table, role=cell, no aria-colindex; adversary round 5's k40): 2025's column only", async () => {
    expect(await fill(formHtml("k40-aria-table-divs", undefined, 5), boxes)).toEqual({
      "x:ly-hosp": "",
      "x:ly-phbu": "",
      "x:ly-tsb": "",
      ...THIS_YEAR,
    });
  });
});
