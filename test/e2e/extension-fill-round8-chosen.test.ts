// Round 8's and 9's pages whose year is chosen by something that is no form control
// (test/e2e/forms/adversary-8/FINDINGS.md): a selected tab with no panel of its own (Fluent UI's
// Pivot in `headersOnly` mode, F1), a pressed toggle button (F3), the navigation's current page
// (F4), each showing "2024" above the boxes. All four figures of 2025 went into 2024's boxes,
// reported filled. The pages here are those forms' rendered DOM, cut down to what says the year;
// the twin chooses 2025 (or names no year) and is filled, so it is the choice that keeps them out.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { requestUnit } from "../../extension/background/request-unit";
import { callContent, contentRequest } from "./forms/browser";
import { browserForFile, markedValues } from "./forms/fill-page";

const browser = browserForFile();

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

/** A page showing one year's boxes under the chooser, every box marked `x:` (none is 2025's). */
const page = (chooser: string) => `<html lang="nb"><body>
<h1>Døgnplasser – Sykehuset Telemark HF</h1>
${chooser}
<div class="form">
<label for="a">PHV voksne, sykehusnivå</label><input id="a" data-k="x:hosp">
<label for="b">PHV voksne, DPS</label><input id="b" data-k="x:dps">
<label for="c">PHBU, i alt</label><input id="c" data-k="x:phbu">
<label for="d">TSB, i alt</label><input id="d" data-k="x:tsb">
</div></body></html>`;

async function fill(html: string): Promise<Record<string, string>> {
  const tab = await browser().newPage();
  const unit = requestUnit("983975267");
  try {
    await tab.setContent(html);
    await callContent(
      tab.mainFrame(),
      "run",
      contentRequest(FIGURES, { year: 2025, ...(unit ? { unit } : {}) }),
    );
    return await markedValues(tab);
  } finally {
    await tab.close();
  }
}

const CHOOSERS: Array<[finding: string, chosen: (year: string, other: string) => string]> = [
  [
    "F1: a Pivot's selected tab, its panel not a tabpanel",
    (year, other) =>
      `<div role="tablist"><button role="tab" aria-selected="true">${year}</button><button role="tab" aria-selected="false">${other}</button></div>`,
  ],
  [
    "F3: a pressed toggle button",
    (year, other) =>
      `<div><button aria-pressed="true">${year}</button><button aria-pressed="false">${other}</button></div>`,
  ],
  [
    "F4: the navigation's current page",
    (year, other) =>
      `<nav><ul><li><a href="#a" aria-current="page">${year}</a></li><li><a href="#b">${other}</a></li></ul></nav>`,
  ],
  // Round 9 (test/e2e/forms/adversary-9/FINDINGS.md): the same, drawn by other libraries.
  [
    "G1: a Bootstrap list group's current item",
    (year, other) =>
      `<div class="fw-bold">Rapporteringsår</div><div class="list-group"><a class="list-group-item" aria-current="true">${year}</a><a class="list-group-item">${other}</a></div>`,
  ],
  [
    "G2: a Bootstrap dropdown's current item",
    (year, other) =>
      `<span>Rapporteringsår</span><div class="dropdown"><button class="btn" type="button" aria-expanded="false">${year}</button><ul class="dropdown-menu"><li><a class="dropdown-item active" aria-current="true">${year}</a></li><li><a class="dropdown-item">${other}</a></li></ul></div>`,
  ],
  [
    "G3: an Alpine.js button styled .active, no ARIA",
    (year, other) =>
      `<div class="years"><button type="button" class="active">${year}</button><button type="button">${other}</button></div>`,
  ],
  [
    "G4: ASP.NET's TabContainer tab, no ARIA",
    (year, other) =>
      `<div class="ajax__tab_header"><span class="ajax__tab_active"><span class="ajax__tab_outer"><a class="ajax__tab_tab">${year}</a></span></span><span><span class="ajax__tab_outer"><a class="ajax__tab_tab">${other}</a></span></span></div>`,
  ],
];

describe("a year chosen by a tab, a toggle button or the navigation (adversary round 8)", () => {
  for (const [finding, chosen] of CHOOSERS) {
    it(`${finding} "2024": no box gets a figure of 2025`, async () => {
      const after = await fill(page(chosen("2024", "2025")));
      expect(Object.values(after).filter((value) => value !== "")).toEqual([]);
    });

    it(`twin, ${finding} "2025": every box is filled`, async () => {
      const after = await fill(page(chosen("2025", "2024")));
      expect(after["x:phbu"]).toBe("12");
      expect(after["x:tsb"]).toBe("20,5");
    });

    it(`twin, ${finding} naming no year ("Døgnplasser"): every box is filled`, async () => {
      const after = await fill(page(chosen("Døgnplasser", "Bemanning")));
      expect(after["x:hosp"]).toBe("46");
      expect(after["x:dps"]).toBe("64");
    });
  }
});

// Review of the above: a radio or a pressed button says a year only, never the unit, so a row's
// checked "Foreløpig" or a pressed "Vis detaljer" does not hide its card's locked "Enhet" list.
describe("a card's locked unit list still decides beside a radio or a pressed button", () => {
  // Round 6's k46: two cards, each with a locked unit list, Vestfold's first.
  const k46 = readFileSync(
    resolve(import.meta.dirname, "forms/adversary-5/k46-card-unit-selects.html"),
    "utf8",
  ).replace(/<script src="state\.js"[^>]*><\/script>/, "");
  const cards = (row: string) =>
    k46.replace(
      '<label>PHBU, i alt <input data-k="x:v-phbu"></label>',
      `<div class="row">${row}<label>PHBU, i alt <input data-k="x:v-phbu"></label></div>`,
    );

  const ROWS: Array<[what: string, row: string]> = [
    ["nothing", ""],
    ["a checked radio «Foreløpig»", '<label><input type="radio" name="s" checked> Foreløpig</label>'],
    ["a pressed button «Vis detaljer»", '<button type="button" aria-pressed="true">Vis detaljer</button>'],
  ];
  for (const [what, row] of ROWS) {
    it(`${what} in Vestfold's row: Telemark's PHBU stays out, Telemark's card is filled`, async () => {
      const after = await fill(cards(row));
      expect(after["x:v-phbu"]).toBe("");
      expect(after["beds.phv_adult_hospital"]).toBe("46");
    });
  }
});
