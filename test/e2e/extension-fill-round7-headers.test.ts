// Round 7's columns whose year the header says in a way plain header text does not hold
// (test/e2e/forms/adversary-7/FINDINGS.md): the year chosen in a `<select>` in the `<th>` (E10),
// `headers=` ids pointing into a separate sticky header table (E11), the year drawn by CSS
// `::after { content: attr(data-year) }` after the header's text (E12) and a `<col title>` over
// last year's pair of columns (E13; extension/content/own-text.ts headerText, table-headers.ts).
// Each took the figures whose only box was under last year's header. Now none of those boxes gets
// anything and this year's column, no longer tied with it (E29), is filled; the twin, the same
// header saying this year's 2025, is filled, so it is the year that keeps the figure out.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { browserForFile, fillHtml } from "./forms/fill-page";

const browser = browserForFile();

const FORMS = resolve(import.meta.dirname, "forms/adversary-7");
const FIGURES = Object.fromEntries(
  Object.entries(
    JSON.parse(
      readFileSync(
        resolve(import.meta.dirname, "forms/adversary-3/packages/telemark-2025-full.hso.json"),
        "utf8",
      ),
    ).values,
  ).filter(([, value]) => typeof value === "number"),
) as Record<string, number>;

/** The round-7 form, last year's header, the same header saying 2025, and a box only it heads. */
const CASES: Array<[finding: string, form: string, header: string, twin: string, decoy: string]> = [
  [
    "E10",
    "e14-year-select-in-th",
    "<option>2023</option><option selected>2024</option><option>2025</option>",
    "<option>2023</option><option>2024</option><option selected>2025</option>",
    "x:ly-phbu",
  ],
  [
    "E11",
    "e15-headers-other-table",
    '<th id="h24" style="width:8em">2024</th>',
    '<th id="h24">2025</th>',
    "x:ly-phbu",
  ],
  ["E12", "e26-css-attr-year", '<th data-year="2024">', '<th data-year="2025">', "x:ly-phbu"],
  [
    "E13",
    "e23-colgroup-grey-key",
    'title="Fjorårets tall (2024)"',
    'title="Årets tall (2025)"',
    "x:ly-ssp-p",
  ],
];

describe("a column's year said by a list, another table, CSS or a <col> (adversary round 7)", () => {
  for (const [finding, form, header, twin, decoy] of CASES) {
    const html = readFileSync(resolve(FORMS, `${form}.html`), "utf8").replace(
      /<script src="state\.js"[^>]*><\/script>/,
      "",
    );

    it(`${finding}, ${form}: no box under last year's header gets a figure, this year's do`, async () => {
      expect(html).toContain(header);
      const { held } = await fillHtml(browser(), html, FIGURES);
      const written = Object.keys(held).filter((key) => held[key] !== "");
      expect(written.filter((key) => key.startsWith("x:"))).toEqual([]);
      // No longer tied with last year's column (E29), this year's boxes get their figures.
      expect(written).toEqual(Object.keys(held).filter((key) => !key.startsWith("x:")));
    });

    it(`twin, ${finding}, ${form}: the header saying 2025, its box is filled`, async () => {
      const { held } = await fillHtml(browser(), html.replace(header, twin), FIGURES);
      expect(held[decoy]).not.toBe("");
    });
  }
});
