// Round 9's forms (test/e2e/forms/adversary-9/FINDINGS.md) whose fixes are words and rules, not a
// library's DOM: each page is the form's rendered markup cut down to what decides; every box is
// marked with the figure it must get, or `x:` for one that must stay empty.
import { describe, expect, it } from "vitest";
import { BEDS_FIGURES, browserForFile, expectOnlyMarked, fillHtml, telemarkPage } from "./forms/fill-page";

const browser = browserForFile();

const field = (name: string, mark: string) =>
  `<p><label for="${mark}">${name}</label><input id="${mark}" data-k="${mark}"></p>`;

describe("a section's legend says staff or patients: no beds there (G9)", () => {
  it("legends «Årsverk» and «Antall pasienter» over boxes named by the service take no bed count", async () => {
    const html =
      telemarkPage(`<fieldset><legend>Årsverk</legend>${field("PHV voksne, sykehusnivå", "x:fte-h")}${field("PHV voksne, DPS", "x:fte-d")}</fieldset>
<fieldset><legend>Antall pasienter</legend>${field("PHBU, i alt", "x:pat-phbu")}${field("TSB, i alt", "x:pat-tsb")}</fieldset>`);
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnlyMarked(held, {});
  });

  it("twin: under «Døgnplasser» (or «Døgnplasser og årsverk») the same boxes take the beds", async () => {
    for (const legend of ["Døgnplasser", "Døgnplasser og årsverk"]) {
      const html = telemarkPage(
        `<fieldset><legend>${legend}</legend>${field("PHV voksne, sykehusnivå", "beds.phv_adult_hospital")}${field("PHBU, i alt", "beds.phbu_total")}</fieldset>`,
      );
      const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
      expectOnlyMarked(held, { "beds.phv_adult_hospital": "46", "beds.phbu_total": "12" });
    }
  });
});

describe("a Bootstrap input group's addon before the box says its year or unit (G10, G11)", () => {
  /** A row: its label, then one input group per addon (the field's mark where `mine` says so). */
  const row = (id: string, name: string, groups: Array<[addon: string, mark: string]>) =>
    `<div class="row"><label class="col-form-label" id="${id}">${name}</label>${groups
      .map(
        ([addon, mark]) =>
          `<div class="col"><div class="input-group"><span class="input-group-text">${addon}</span><input class="form-control" aria-labelledby="${id}" data-k="${mark}"></div></div>`,
      )
      .join("")}</div>`;

  it("«2024» and «2025» addons: this year's figures under 2025; PHBU's only box, under 2024, stays empty", async () => {
    const html = telemarkPage(
      `<form>${row("l1", "PHV voksne, sykehusnivå", [
        ["2024", "x:h-2024"],
        ["2025", "beds.phv_adult_hospital"],
      ])}${row("l3", "PHBU, i alt", [["2024", "x:phbu-2024"]])}</form>`,
    );
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnlyMarked(held, { "beds.phv_adult_hospital": "46" });
  });

  it("«plasser» and «%» addons: the beds into the places box; PHBU's only box, in percent, stays empty", async () => {
    const html = telemarkPage(
      `<form>${row("l1", "PHV voksne, sykehusnivå", [
        ["plasser", "beds.phv_adult_hospital"],
        ["%", "x:h-pct"],
      ])}${row("l3", "PHBU, i alt", [["%", "x:phbu-pct"]])}</form>`,
    );
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnlyMarked(held, { "beds.phv_adult_hospital": "46" });
  });

  it("twin: PHBU's only box with the addon «2025» or «plasser» is filled", async () => {
    for (const addon of ["2025", "plasser"]) {
      const html = telemarkPage(`<form>${row("l3", "PHBU, i alt", [[addon, "beds.phbu_total"]])}</form>`);
      const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
      expectOnlyMarked(held, { "beds.phbu_total": "12" });
    }
  });
});

describe("a list right after the box says its unit by its choice (G13)", () => {
  const row = (name: string, mark: string, chosen: string) =>
    `<tr><td><label for="${mark}">${name}</label></td><td><input id="${mark}" data-k="${mark}"><select aria-label="Oppgi som, ${name}">${[
      "plasser",
      "%",
    ]
      .map((unit) => `<option${unit === chosen ? " selected" : ""}>${unit}</option>`)
      .join("")}</select></td></tr>`;

  it("«Oppgi som» on «%»: no bed count; on «plasser»: the beds", async () => {
    const html = telemarkPage(
      `<table>${row("PHV voksne, sykehusnivå", "beds.phv_adult_hospital", "plasser")}${row("PHBU, i alt", "x:phbu-pct", "%")}</table>`,
    );
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnlyMarked(held, { "beds.phv_adult_hospital": "46" });
  });

  it("twin: a list after a box named on the line above leaves its name as it was (the review of G13)", async () => {
    // "PHBU, i alt<br>[ ][Kilde ▾]": the words before the line break still name the box.
    const html = telemarkPage(
      `<div>PHBU, i alt<br><input data-k="beds.phbu_total"><select aria-label="Kilde"><option>Eget system</option></select></div>`,
    );
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnlyMarked(held, { "beds.phbu_total": "12" });
  });
});

describe("a grid of flex rows whose head row is bold <div>s (G12)", () => {
  /** Bootstrap's grid as its CSS lays it out: `.row` a flex row of `.col`s. */
  const grid = (
    heads: [string, string],
    rows: Array<[name: string, marks: [string, string | undefined]]>,
    flex = true,
  ) =>
    telemarkPage(`<style>.row{display:${flex ? "flex" : "block"}}.col{flex:1}</style>
<div class="row fw-bold"><div class="col">${heads[0]}</div><div class="col">${heads[1]}</div></div>
${rows
  .map(
    ([name, marks]) =>
      `<div class="row">${marks
        .map((mark, at) =>
          mark
            ? `<div class="col form-floating"><input id="${mark}" data-k="${mark}"><label for="${mark}">${name}</label></div>`
            : `<div class="col" id="none-${at}">eget skjema</div>`,
        )
        .join("")}</div>`,
  )
  .join("")}`);

  it("«Fjorårets tall (2024) | Årets tall (2025)»: 2025's column filled, PHBU's only box, under 2024, empty", async () => {
    const html = grid(
      ["Fjorårets tall (2024)", "Årets tall (2025)"],
      [
        ["PHV voksne, sykehusnivå", ["x:h-2024", "beds.phv_adult_hospital"]],
        ["PHBU, i alt", ["x:phbu-2024", undefined]],
      ],
    );
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnlyMarked(held, { "beds.phv_adult_hospital": "46" });
  });

  it("twin: the heads swapped, PHBU's only box is this year's and filled", async () => {
    const html = grid(
      ["Årets tall (2025)", "Fjorårets tall (2024)"],
      [
        ["PHV voksne, sykehusnivå", ["beds.phv_adult_hospital", "x:h-2024"]],
        ["PHBU, i alt", ["beds.phbu_total", undefined]],
      ],
    );
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnlyMarked(held, { "beds.phv_adult_hospital": "46", "beds.phbu_total": "12" });
  });
});

describe("a wizard's current step names the service: the unit's figures stay out of its boxes (G8)", () => {
  const WIZARD_FIGURES = { ...BEDS_FIGURES, "beds.all_total": 142.5, "beds.temporarily_closed": 0 };
  /** g03's markup: the stepper (`aria-current="step"` on `current`), then the step's own section. */
  const wizard = (current: string, heading: string, boxes: string) =>
    telemarkPage(`<nav aria-label="Fremdrift"><ol>${["1 PHV voksne ✓", current, "3 TSB", "4 Oppsummering"]
      .map((step) => `<li${step === current ? ' aria-current="step"' : ""}>${step}</li>`)
      .join("")}</ol></nav>
<section><h2>${heading}</h2>${boxes}<button type="button">Neste</button></section>`);

  it("step «2 PHBU» over «Steg 2 av 4»: neither the unit's 142,5 nor its 0 is written, each unclear with its box named", async () => {
    const page = wizard(
      "2 PHBU",
      "Steg 2 av 4",
      `${field("Antall døgnplasser i alt", "x:phbu-all")}${field("Herav midlertidig stengt", "x:phbu-closed")}`,
    );
    // The page's title naming every area is no area of the step's boxes.
    const titled = page.replace(
      "<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>",
      "<h1>Døgnplasser 2025 i psykisk helsevern og TSB – Sykehuset Telemark HF</h1>",
    );
    for (const html of [page, titled]) {
      const { held, result } = await fillHtml(browser(), html, WIZARD_FIGURES);
      expectOnlyMarked(held, {});
      const row = (id: string) => result.figures?.find((figure) => figure.id === id);
      expect(row("beds.all_total")?.outcome).toBe("ambiguous");
      expect(row("beds.all_total")?.candidates?.map((candidate) => candidate.label)).toEqual([
        "Antall døgnplasser i alt",
      ]);
      expect(row("beds.temporarily_closed")?.outcome).toBe("ambiguous");
    }
  });

  it("twin: the step's heading names PHBU («Steg 2 av 4: PHBU»): 12 into the first box, the second left alone", async () => {
    const html = wizard(
      "2 PHBU",
      "Steg 2 av 4: PHBU",
      `${field("Antall døgnplasser i alt", "beds.phbu_total")}${field("Herav midlertidig stengt", "x:phbu-closed")}`,
    );
    const { held } = await fillHtml(browser(), html, WIZARD_FIGURES);
    expectOnlyMarked(held, { "beds.phbu_total": "12" });
  });

  it("twin: the step never gives a box its area: a box under its own «TSB» takes TSB's figure, no box takes PHBU's", async () => {
    const html = wizard(
      "2 PHBU",
      "Steg 2 av 4",
      `<fieldset><legend>TSB</legend>${field("Antall døgnplasser i alt", "beds.tsb_total")}</fieldset>${field("Herav midlertidig stengt", "x:phbu-closed")}`,
    );
    const { held } = await fillHtml(browser(), html, WIZARD_FIGURES);
    expectOnlyMarked(held, { "beds.tsb_total": "20,5" });
  });

  it("any chosen element naming the service keeps the unit's figures out too: a current item, page or tab, a pressed button (the review of G8)", async () => {
    const boxes = `${field("Antall døgnplasser i alt", "x:all")}${field("Herav midlertidig stengt", "x:closed")}`;
    const pages = [
      // A stepper marking its step `aria-current="true"`.
      telemarkPage(
        `<ol><li>1 PHV voksne</li><li aria-current="true">2 PHBU</li></ol><section><h2>Steg 2 av 4</h2>${boxes}</section>`,
      ),
      // A breadcrumb's and a side menu's current page.
      telemarkPage(
        `<nav aria-label="Brødsmuler"><a href="/">Hjem</a> › <a href="/tsb" aria-current="page">TSB</a></nav><section>${boxes}</section>`,
      ),
      telemarkPage(
        `<nav><ul><li><a href="/phv">PHV voksne</a></li><li><a href="/tsb" aria-current="page">TSB</a></li></ul></nav><main>${boxes}</main>`,
      ),
      // A stepper built as a tablist whose tabs label no panel.
      telemarkPage(
        `<div role="tablist"><span role="tab" aria-selected="false">1 PHV voksne</span><span role="tab" aria-selected="true">2 PHBU</span></div><section>${boxes}</section>`,
      ),
      // A toggle button choosing the service.
      telemarkPage(
        `<div role="group"><button type="button" aria-pressed="false">PHV voksne</button><button type="button" aria-pressed="true">PHBU</button></div>${boxes}`,
      ),
    ];
    for (const html of pages) {
      const { held } = await fillHtml(browser(), html, WIZARD_FIGURES);
      expectOnlyMarked(held, {});
    }
  });

  it("twin: a chosen element naming no service (a breadcrumb's current «Døgnplasser», a pressed «2025») lets the unit's total in", async () => {
    const box = field("Døgnplasser i alt", "beds.all_total");
    const pages = [
      telemarkPage(
        `<nav aria-label="Brødsmuler"><a href="/">Hjem</a> › <a href="/d" aria-current="page">Døgnplasser</a></nav>${box}`,
      ),
      telemarkPage(`<div role="group"><button type="button" aria-pressed="true">2025</button></div>${box}`),
    ];
    for (const html of pages) {
      const { held } = await fillHtml(browser(), html, WIZARD_FIGURES);
      expectOnlyMarked(held, { "beds.all_total": "142,5" });
    }
  });

  it("twin: a process stepper whose current step names no service («2 Døgnplasser») changes nothing: the unit's total goes in", async () => {
    const html = wizard("2 Døgnplasser", "Steg 2 av 4", field("Døgnplasser i alt", "beds.all_total"));
    const { held } = await fillHtml(browser(), html, WIZARD_FIGURES);
    expectOnlyMarked(held, { "beds.all_total": "142,5" });
  });
});
