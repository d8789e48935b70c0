// A table's row header names every cell of its row alike (with the cell's column header), as a
// screen reader names them, not the first cell more. Counted as the first input's name alone (the
// text just before it) it outscored every other column, so a count went into whichever column came first, headed
// by words no rule knew: "Δ (+/−)", "Oppholdsdøgn", "Dagplasser", "Vedtatt ramme", "FY24",
// "Pr. 20.11.24", an abbreviation "Ref." (test/e2e/forms/adversary-5/FINDINGS.md, C7–C13;
// extension/content/score-match.ts). Such a row is now unclear: nothing written.
// The forms are the tester's, without their state script; every decoy (`x:`) must stay empty.
import { describe, expect, it } from "vitest";
import { BEDS_FIGURES, browserForFile, fillHtml } from "./forms/fill-page";

const browser = browserForFile();

/** Fills by labels; answers what every `data-k` control holds after, and what was filled. */
async function fill(html: string): Promise<{ values: Record<string, string>; filled: string[] }> {
  const { result, held } = await fillHtml(browser(), html, BEDS_FIGURES);
  return { values: held, filled: result.filled };
}

const ROWS: ReadonlyArray<[string, string]> = [
  ["PHV voksne, sykehusnivå", "hosp"],
  ["PHBU, i alt", "phbu"],
  ["TSB, i alt", "tsb"],
];
const ID: Record<string, string> = {
  hosp: "beds.phv_adult_hospital",
  phbu: "beds.phbu_total",
  tsb: "beds.tsb_total",
};

/**
 * A table `Fagområde | <headers…>` of bare inputs; the column `own` (its index, or -1) holds the
 * beds (data-k the field id), every other column is a decoy.
 */
function table(headers: readonly string[], own: number, lang = "nb", caption = ""): string {
  const cell = (slug: string, column: number) =>
    `<td><input data-k="${column === own ? ID[slug] : `x:${column}-${slug}`}"></td>`;
  const rows = ROWS.map(
    ([label, slug]) => `<tr><th>${label}</th>${headers.map((_, column) => cell(slug, column)).join("")}</tr>`,
  ).join("\n");
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Døgnplasser 2025 – Sykehuset Telemark HF</title></head>
<body><h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
<table>${caption ? `<caption>${caption}</caption>` : ""}<thead><tr><th>Fagområde</th>${headers.map((text) => `<th>${text}</th>`).join("")}</tr></thead>
<tbody>${rows}</tbody></table></body></html>`;
}

const decoys = (values: Record<string, string>) =>
  Object.entries(values).filter(([key, value]) => key.startsWith("x:") && value !== "");

describe("a row's header names all its cells alike", () => {
  // Each first column says a measure or a year in words no rule knows; the beds' column comes after.
  const unknownFirst: ReadonlyArray<[string, string[], number]> = [
    ["a change column Δ (C10)", ["Δ (+/−)", "Plasser", "Økning/nedgang"], 1],
    ["stay days (C11)", ["Oppholdsdøgn", "Utskrivninger", "Gj.sn. liggetid", "Plasser"], 3],
    ["day places (C12)", ["Dagplasser", "Døgnplasser", "Sengeplasser (somatikk)"], 1],
    ["a budget frame (C13)", ["Vedtatt ramme", "Måltall 2025", "Resultat 2025"], 2],
    ["two-digit dates (C7)", ["Pr. 20.11.24", "Pr. 19.11.25"], 1],
    [
      "an abbreviation (C9)",
      ['<abbr title="Referanse: fjorårets innrapporterte tall">Ref.</abbr>', "Verdi"],
      1,
    ],
  ];
  for (const [what, headers, own] of unknownFirst)
    it(`${what}: nothing goes into the first column`, async () => {
      const { values } = await fill(table(headers, own));
      expect(decoys(values)).toEqual([]);
    });

  it("fiscal years FY24 | FY25 on an English page (C8): nothing into FY24", async () => {
    const { values } = await fill(table(["FY24", "FY25"], 1, "en"));
    expect(decoys(values)).toEqual([]);
  });

  it("the same columns in the other order: the figures still go nowhere else", async () => {
    const { values } = await fill(table(["Plasser", "Δ (+/−)", "Økning/nedgang"], 0));
    expect(decoys(values)).toEqual([]);
  });

  // A caption naming another year only makes the whole table that year's (adversary round 5, C27).
  it("a table captioned 'Døgnplasser 2024' takes none of 2025's figures; captioned 2025 it does", async () => {
    const old = await fill(table(["Antall"], -1, "nb", "Døgnplasser 2024"));
    expect(decoys(old.values)).toEqual([]);
    const now = await fill(table(["Antall"], 0, "nb", "Døgnplasser 2025"));
    expect(now.filled).toHaveLength(3);
  });

  // Twins: a row with one input, and a table whose columns each say their year, still fill.
  it("a table with one input per row still fills each row", async () => {
    const { values, filled } = await fill(table(["Døgnplasser"], 0));
    expect(filled.sort()).toEqual(["beds.phbu_total", "beds.phv_adult_hospital", "beds.tsb_total"]);
    expect(values["beds.tsb_total"]).toBe("20,5");
  });

  it("a last-year column before this year's: this year's column is filled", async () => {
    const { values, filled } = await fill(table(["2024 (i fjor)", "2025"], 1));
    expect(decoys(values)).toEqual([]);
    expect(filled.sort()).toEqual(["beds.phbu_total", "beds.phv_adult_hospital", "beds.tsb_total"]);
    expect([values["beds.phv_adult_hospital"], values["beds.phbu_total"]]).toEqual(["46", "12"]);
  });

  it("a rate column before the count's: the count column is filled", async () => {
    const { values, filled } = await fill(table(["Per 10 000 innbyggere", "Antall"], 1));
    expect(decoys(values)).toEqual([]);
    expect(filled).toHaveLength(3);
  });
});
