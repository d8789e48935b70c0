// The independent tester's round-3 findings on tables and sections (test/e2e/forms/adversary-3/
// FINDINGS.md: A1, A2, A3, A5, A11), run on the content script as the worker sends requests, with every
// figure of the tester's packages. Each case reads every `data-k` control of its page afterwards:
// the figure meant for it, or what it held before (a decoy "x:…" never changes) — and each has a
// twin that must still fill.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { FrameResult } from "../../extension/content/content-api";
import { callContent, contentRequest } from "./forms/browser";
import { browserForFile } from "./forms/fill-page";

const FORMS = resolve(import.meta.dirname, "forms/adversary-3");
const valuesOf = (path: string): Record<string, number | string> =>
  JSON.parse(readFileSync(path, "utf8")).values;
/** Telemark 2025: beds and staffing (the tester's export of examples/workbooks/telemark-2025.xlsx). */
const FULL = valuesOf(resolve(FORMS, "packages/telemark-2025-full.hso.json"));
/** Telemark's capacity plan made in 2025 for 2026–2032. */
const PLAN = valuesOf(
  resolve(import.meta.dirname, "../../examples/board/capacity-plan/telemark-2025.hso.json"),
);
const UNIT = { org: "983975267", name: "Sykehuset Telemark HF" };

const browser = browserForFile();

function form(name: string): string {
  // The form server's state reporter is not served here; the controls are read directly.
  return readFileSync(resolve(FORMS, `${name}.html`), "utf8").replace(
    /<script src="\/state\.js"[^>]*><\/script>/,
    "",
  );
}

/** Fills a page by labels alone; answers the result and what each `data-k` control held before and after. */
async function fill(html: string, values = FULL) {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    const read = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLInputElement>("[data-k]")].map((e) => [
            e.dataset.k as string,
            e.value,
          ]),
        ),
      );
    const before = await read();
    const request = contentRequest(values, { year: 2025, unit: UNIT });
    const result = (await callContent(page.mainFrame(), "run", request)) as FrameResult;
    return { result, before, held: await read() };
  } finally {
    await page.close();
  }
}

/** Every control holds the figure meant for it, or what it held before. */
function onlyMeant(
  run: { held: Record<string, string>; before: Record<string, string> },
  meant: Record<string, string>,
) {
  for (const [key, value] of Object.entries(run.held))
    expect([key, value]).toEqual([key, meant[key] ?? run.before[key]]);
}

/** Each data-k catalogue id's own figure, as the page writes it (decimal comma). */
function figuresOf(held: Record<string, string>, values: Record<string, number | string>) {
  return Object.fromEntries(
    Object.keys(held)
      .filter((key) => key in values)
      .map((key) => [key, String(values[key]).replace(".", ",")]),
  );
}

describe("table headers as the HTML table model assigns them (A1, A2)", () => {
  it("a spanning 'Planlagt' over years out of order: each plan figure under its own year (g12c)", async () => {
    const run = await fill(form("g12c-capacity-no-period-in-title"), PLAN);
    onlyMeant(run, figuresOf(run.held, PLAN));
    expect(run.result.filled).toHaveLength(21);
  });

  it("twin: the same plan in a one-row header, years in order, still fills", async () => {
    const years = [2026, 2027, 2028, 2029, 2030, 2031, 2032];
    const rows = [
      ["PHV voksne", "phv_adult"],
      ["PHBU", "phbu"],
    ]
      .map(
        ([name, id]) =>
          `<tr><th>${name}</th>${years.map((y) => `<td><input data-k="capacity_plan.${id}_${y}"></td>`).join("")}</tr>`,
      )
      .join("");
    const run = await fill(
      `<h1>Kapasitetsplan</h1><table><thead><tr><th>Fagområde</th>${years.map((y) => `<th>Planlagt ${y}</th>`).join("")}</tr></thead><tbody>${rows}</tbody></table>`,
      PLAN,
    );
    onlyMeant(run, figuresOf(run.held, PLAN));
    expect(run.result.filled).toHaveLength(14);
  });

  it("years spanning Personer | Årsverk after a row-spanning header: this year's columns only (g02a, g02b)", async () => {
    for (const name of ["g02a-colspan-years", "g02b-colspan-this-year-first"]) {
      const run = await fill(form(name));
      onlyMeant(run, figuresOf(run.held, FULL));
      expect(run.result.filled).toHaveLength(6);
    }
  });

  it("a change column ('Endring', 'Differanse', 'Change') takes no figure, beside this year's that does", async () => {
    const row = (name: string, key: string) =>
      `<tr><th>${name}</th><td><input data-k="${key}"></td><td><input data-k="x:${key}-change"></td></tr>`;
    for (const change of ["Endring", "Differanse fra 2024", "Change"]) {
      const run = await fill(
        `<h1>Bemanning 2025</h1><table><thead><tr><th></th><th>Personer</th><th>${change}</th></tr></thead>
         <tbody>${row("Leger i alt", "staffing.physicians_headcount")}${row("Psykologer i alt", "staffing.psychologists_headcount")}</tbody></table>`,
      );
      onlyMeant(run, { "staffing.physicians_headcount": "121", "staffing.psychologists_headcount": "92" });
    }
    // Only a change column: nothing at all.
    const alone = await fill(
      `<h1>Bemanning 2025</h1><table><tr><th></th><th>Endring, personer</th></tr>${"<tr><th>Leger i alt</th><td><input data-k='x:change'></td></tr>"}</table>`,
    );
    onlyMeant(alone, {});
    expect(alone.result.filled).toEqual([]);
  });

  it("honours a cell's `headers` over its place in the grid", async () => {
    // By place the first box is under "2025"; its `headers` say 2024, the second box's 2025.
    const run = await fill(
      `<h1>Bemanning 2025</h1><table>
        <tr><td></td><th id="y25">2025</th><th id="y24">2024</th></tr>
        <tr><th id="doc">Leger i alt, personer</th><td headers="doc y24"><input data-k="x:2024"></td>
          <td headers="doc y25"><input data-k="staffing.physicians_headcount"></td></tr></table>`,
    );
    onlyMeant(run, { "staffing.physicians_headcount": "121" });
  });
});

describe("a heading's scope ends with its card (A5)", () => {
  it("cards without legends, one titled by an <h3>: only that card's figure (g11)", async () => {
    const run = await fill(form("g11-fieldsets-no-legend"));
    onlyMeant(run, { "beds.phv_adult_dps": "64" });
    expect(run.result.filled).toEqual(["beds.phv_adult_dps"]);
  });

  it("an untitled card beside a titled one is an unknown section's: never the unit's totals", async () => {
    const card = (title: string, id: string) =>
      `<div class="card">${title}<fieldset>
        <p><label for="${id}1">Antall døgnplasser</label><input id="${id}1" data-k="x:${id}-beds"></p>
        <p><label for="${id}2">Herav midlertidig stengt</label><input id="${id}2" data-k="x:${id}-closed"></p></fieldset></div>`;
    const run = await fill(
      `<h1>Døgnplasser 2025</h1>${card("<h3>TSB</h3>", "t").replace('"x:t-beds"', '"beds.tsb_total"')}${card("<div>Barn og unge</div>", "b")}`,
    );
    onlyMeant(run, { "beds.tsb_total": "20,5" });
  });

  it("twin: each card titled by its own heading fills its own", async () => {
    const run = await fill(
      `<h1>Døgnplasser 2025</h1>
       <div class="card"><div class="head"><h3>Voksne – DPS</h3></div><fieldset><p><label>Antall døgnplasser <input data-k="beds.phv_adult_dps"></label></p></fieldset></div>
       <div class="card"><h3>TSB</h3><fieldset><p><label>Antall døgnplasser <input data-k="beds.tsb_total"></label></p></fieldset></div>
       <h2>Enheten i alt</h2><p><label>Herav midlertidig stengt <input data-k="beds.temporarily_closed"></label></p>`,
    );
    onlyMeant(run, { "beds.phv_adult_dps": "64", "beds.tsb_total": "20,5", "beds.temporarily_closed": "0" });
  });
});

describe("words after the boxes (A3)", () => {
  it("a box first, its words after it on each line: no box takes the line above's words (g01a)", async () => {
    const run = await fill(form("g01a-labels-after-inputs"));
    onlyMeant(run, {});
    expect(run.result.filled).toEqual([]);
  });

  it("twins: words before the box on its line, or on the line above with nothing after, still name it", async () => {
    const run = await fill(
      `<h1>Døgnplasser 2025</h1><form>
        PHV voksne, sykehusnivå: <input data-k="beds.phv_adult_hospital"><br>
        PHV voksne, DPS: <input data-k="beds.phv_adult_dps"><br></form>
       <div>PHBU, i alt<br><input data-k="beds.phbu_total"></div>
       <div>TSB, i alt<br><input data-k="beds.tsb_total"></div>`,
    );
    onlyMeant(run, {
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
    });
  });
});

/**
 * The tester's g20b (test/e2e/forms/adversary-3/g20b-body-rowspan-last-year-first.html, without its
 * state reporter): each area's cell spans its rows, last year's column first.
 */
const G20B = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Døgnplasser 2025 – Sykehuset Telemark HF</title>
<style>body{font-family:sans-serif;margin:2em} th,td{border:1px solid #999;padding:.2em .5em} input{width:5em}</style></head>
<body>
<h1>Døgnplasser</h1>
<p>Rapporterende enhet: Sykehuset Telemark HF (983 975 267)</p>
<table>
  <thead><tr><th scope="col">Fagområde</th><th scope="col">Nivå</th><th scope="col">2024</th><th scope="col">2025</th></tr></thead>
  <tbody>
    <tr><th scope="rowgroup" rowspan="2">PHV voksne</th><th scope="row">Sykehusnivå</th><td><input data-k="x:2024-hosp"></td><td><input data-k="beds.phv_adult_hospital"></td></tr>
    <tr><th scope="row">DPS</th><td><input data-k="x:2024-dps"></td><td><input data-k="beds.phv_adult_dps"></td></tr>
    <tr><th scope="rowgroup" rowspan="2">Andre</th><th scope="row">PHBU</th><td><input data-k="x:2024-phbu"></td><td><input data-k="beds.phbu_total"></td></tr>
    <tr><th scope="row">TSB</th><td><input data-k="x:2024-tsb"></td><td><input data-k="beds.tsb_total"></td></tr>
  </tbody>
</table>
</body></html>`;

/** A g20b-like table: a row group over two rows, each `[row header, 2024 box, 2025 box]`. */
function rowGroup(group: string, rows: Array<[string, string]>): string {
  const cells = rows.map(
    ([header, key], index) =>
      `<tr>${index === 0 ? `<th scope="rowgroup" rowspan="${rows.length}">${group}</th>` : ""}<th scope="row">${header}</th><td><input data-k="x:2024-${index}"></td><td><input data-k="${key}"></td></tr>`,
  );
  return `<h1>Døgnplasser</h1><table><thead><tr><th scope="col">Fagområde</th><th scope="col">Nivå</th><th scope="col">2024</th><th scope="col">2025</th></tr></thead><tbody>${cells.join("")}</tbody></table>`;
}

describe("row groups that say «the others», sections the catalogue does not know (A11)", () => {
  it("a row group «Andre» over PHBU and TSB: each row's figure in 2025, 2024 untouched (g20b)", async () => {
    const run = await fill(G20B);
    onlyMeant(run, figuresOf(run.held, FULL));
    expect(run.result.filled).toHaveLength(4);
    expect(run.held).toMatchObject({ "beds.phbu_total": "12", "beds.tsb_total": "20,5" });
  });

  it("«Øvrige», «Annet», «Other» group as «Andre» does", async () => {
    for (const group of ["Øvrige", "Annet", "Other"]) {
      const run = await fill(
        rowGroup(group, [
          ["PHBU", "beds.phbu_total"],
          ["TSB", "beds.tsb_total"],
        ]),
      );
      onlyMeant(run, { "beds.phbu_total": "12", "beds.tsb_total": "20,5" });
      expect([group, run.result.filled]).toEqual([group, ["beds.phbu_total", "beds.tsb_total"]]);
    }
  });

  it("twin: «Andre» as an area's own row (PHBU › Andre) takes nothing, nor does a bare count under «Andre»", async () => {
    const areaRow = await fill(rowGroup("PHBU", [["Andre", "x:phbu-others"]]));
    onlyMeant(areaRow, {});
    const count = await fill(
      rowGroup("Andre", [
        ["Antall døgnplasser", "x:others-beds"],
        ["Herav midlertidig stengt", "x:others-closed"],
      ]),
    );
    onlyMeant(count, {});
  });

  it("a bare count under a section the catalogue does not know is never the unit's total", async () => {
    for (const section of ["Somatikk", "Annet"]) {
      const run = await fill(
        `<h1>Døgnplasser 2025</h1><h3>${section}</h3><p><label>Antall døgnplasser <input data-k="x:count"></label></p>`,
      );
      expect([section, run.held]).toEqual([section, { "x:count": "" }]);
    }
  });

  it("twin: under «Døgnplasser» or «Enheten i alt» the bare count is the unit's total", async () => {
    for (const section of ["Døgnplasser", "Enheten i alt"]) {
      const run = await fill(
        `<h1>Døgnplasser 2025</h1><h3>${section}</h3><p><label>Antall døgnplasser <input data-k="beds.all_total"></label></p>`,
      );
      expect([section, run.held]).toEqual([section, { "beds.all_total": "142,5" }]);
    }
  });
});
