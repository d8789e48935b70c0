// Round 8's Fluent DetailsList used as an editable grid (test/e2e/forms/adversary-8/FINDINGS.md,
// F9): a row's cells sit in a `role=presentation` div inside the `role=row`
// (`.ms-DetailsRow-fields`), the row's name in a `role=rowheader` there, and the TextFields have
// no name of their own. Every box was missed ("ikke funnet"). The page is f01's rendered DOM, cut
// down to the roles; each box is marked with the figure it must get, or `x:` for one to keep empty.
import { describe, expect, it } from "vitest";
import { BEDS_FIGURES, browserForFile, expectOnlyMarked, fillHtml, telemarkPage } from "./forms/fill-page";

const browser = browserForFile();

const ROWS = [
  ["PHV voksne, sykehusnivå", "beds.phv_adult_hospital", true],
  ["PHV voksne, DPS", "beds.phv_adult_dps", true],
  ["PHBU, i alt", "beds.phbu_total", false],
  ["TSB, i alt", "beds.tsb_total", false],
] as const;

const box = (mark: string) =>
  `<div role="gridcell"><div class="ms-TextField"><input type="text" data-k="${mark}"></div></div>`;

/** A DetailsList: columns Tjeneste | 2024 | 2025; PHBU and TSB have a box under 2024 only. */
function detailsList(rowHeader: (name: string) => string): string {
  const header = `<div role="presentation"><div role="row">${["Tjeneste", "2024", "2025"]
    .map((text) => `<div role="columnheader"><span>${text}</span></div>`)
    .join("")}</div></div>`;
  const rows = ROWS.map(
    ([name, field, thisYear], index) =>
      `<div role="presentation" class="ms-List-cell"><div role="row" aria-rowindex="${index + 2}" class="ms-DetailsRow"><div class="ms-DetailsRow-fields" role="presentation">${rowHeader(name)}${box(`x:2024-${field}`)}${thisYear ? box(field) : '<div role="gridcell">eget skjema</div>'}</div></div></div>`,
  ).join("");
  return telemarkPage(
    `<div role="grid" aria-rowcount="5" aria-colcount="3">${header}<div role="presentation">${rows}</div></div>`,
  );
}

describe("a Fluent DetailsList's rows, their cells in a presentation div (adversary round 8, F9)", () => {
  it("names each box by its row's rowheader and heads it by its column: 46 and 64 under 2025 only", async () => {
    const { held } = await fillHtml(
      browser(),
      detailsList((name) => `<div role="rowheader" class="is-row-header">${name}</div>`),
      BEDS_FIGURES,
    );
    expectOnlyMarked(held, { "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
  });

  it("twin: a rowheader that is the row's child, as before, names it the same way", async () => {
    // The same grid with each row's cells straight in the row (no presentation div): filled
    // before F9 too, so reading deeper changed nothing for the rows it read already.
    const html = detailsList((name) => `<div role="rowheader">${name}</div>`).replaceAll(
      /<div class="ms-DetailsRow-fields" role="presentation">(.*?)<\/div><\/div><\/div>/g,
      "$1</div></div>",
    );
    expect(html).not.toContain("ms-DetailsRow-fields");
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnlyMarked(held, { "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
  });
});
