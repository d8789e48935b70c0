// A budget's or forecast's place takes no reported figure, and a column naming another measure of
// the catalogue ("Liggedøgn") takes no bed count (test/e2e/forms/adversary-4/FINDINGS.md, B10 and
// B25; the words: background/measure-words.ts, background/section-measures.ts). The forms are the
// tester's, copied here without their state script; each has a twin that must still fill.
import { describe, expect, it } from "vitest";
import { BEDS_WITH_TOTALS, browserForFile, fillHtml } from "./forms/fill-page";

const browser = browserForFile();

/** Fills by labels; answers what every `data-k` control holds after. */
async function fill(
  html: string,
  figures: Record<string, number> = BEDS_WITH_TOTALS,
): Promise<Record<string, string>> {
  return (await fillHtml(browser(), html, figures)).held;
}

// h28-planned-vs-actual.html
const BUDGET_BESIDE_ACTUAL = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Døgnplasser 2025 – Sykehuset Telemark HF</title></head>
<body>
<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
<table>
  <thead><tr><th>Fagområde</th><th>Budsjett 2025</th><th>Faktisk 2025</th><th>Prognose 2026</th></tr></thead>
  <tbody>
    <tr><th>PHV voksne, sykehusnivå</th><td><input data-k="x:bud-hosp"></td><td><input data-k="beds.phv_adult_hospital"></td><td><input data-k="x:prog-hosp"></td></tr>
    <tr><th>PHV voksne, DPS</th><td><input data-k="x:bud-dps"></td><td><input data-k="beds.phv_adult_dps"></td><td><input data-k="x:prog-dps"></td></tr>
    <tr><th>TSB, i alt</th><td><input data-k="x:bud-tsb"></td><td><input data-k="beds.tsb_total"></td><td><input data-k="x:prog-tsb"></td></tr>
  </tbody>
</table>
</body></html>`;

// h28b-budget-only.html
const BUDGET_PAGE = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Budsjett 2025 – Sykehuset Telemark HF</title></head>
<body>
<h1>Budsjett 2025 – Sykehuset Telemark HF</h1>
<p>Budsjetterte døgnplasser for 2025 (vedtatt i desember 2024).</p>
<p><label for="a">PHV voksne, sykehusnivå</label> <input id="a" data-k="x:bud-hosp"></p>
<p><label for="b">PHV voksne, DPS</label> <input id="b" data-k="x:bud-dps"></p>
<p><label for="c">TSB, i alt</label> <input id="c" data-k="x:bud-tsb"></p>
</body></html>`;

// h41-beds-vs-bed-days.html
const BED_DAYS_FIRST = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Døgnplasser og belegg 2025 – Sykehuset Telemark HF</title></head>
<body>
<h1>Døgnplasser og belegg 2025 – Sykehuset Telemark HF</h1>
<table>
  <thead><tr><th>Fagområde</th><th>Liggedøgn</th><th>Belegg (%)</th><th>Døgnplasser</th><th>Utskrivninger</th></tr></thead>
  <tbody>
    <tr><th>PHV voksne, sykehusnivå</th><td><input data-k="x:ld-hosp"></td><td><input data-k="x:bel-hosp"></td><td><input data-k="beds.phv_adult_hospital"></td><td><input data-k="x:ut-hosp"></td></tr>
    <tr><th>PHBU, i alt</th><td><input data-k="x:ld-phbu"></td><td><input data-k="x:bel-phbu"></td><td><input data-k="beds.phbu_total"></td><td><input data-k="x:ut-phbu"></td></tr>
    <tr><th>TSB, i alt</th><td><input data-k="x:ld-tsb"></td><td><input data-k="x:bel-tsb"></td><td><input data-k="beds.tsb_total"></td><td><input data-k="x:ut-tsb"></td></tr>
  </tbody>
</table>
</body></html>`;

describe("a budget or forecast column takes no reported figure (B10)", () => {
  it("«Budsjett 2025 | Faktisk 2025 | Prognose 2026»: the counts go into «Faktisk 2025» only", async () => {
    expect(await fill(BUDGET_BESIDE_ACTUAL)).toEqual({
      "x:bud-hosp": "",
      "beds.phv_adult_hospital": "46",
      "x:prog-hosp": "",
      "x:bud-dps": "",
      "beds.phv_adult_dps": "64",
      "x:prog-dps": "",
      "x:bud-tsb": "",
      "beds.tsb_total": "20,5",
      "x:prog-tsb": "",
    });
  });

  it("twin: a lone «Budsjett 2025» column does not stop a plain «2025» column", async () => {
    const filled = await fill(BUDGET_BESIDE_ACTUAL.replace("<th>Faktisk 2025</th>", "<th>2025</th>"));
    expect([
      filled["beds.phv_adult_hospital"],
      filled["beds.phv_adult_dps"],
      filled["beds.tsb_total"],
    ]).toEqual(["46", "64", "20,5"]);
    expect([filled["x:bud-hosp"], filled["x:bud-dps"], filled["x:bud-tsb"]]).toEqual(["", "", ""]);
  });

  it("twin: the same first column headed as a count is filled (the header decides, not the place)", async () => {
    const filled = await fill(
      BUDGET_BESIDE_ACTUAL.replace(
        "<th>Budsjett 2025</th><th>Faktisk 2025</th>",
        "<th>Antall 2025</th><th>Budsjett 2025</th>",
      ),
    );
    expect([filled["x:bud-hosp"], filled["x:bud-dps"], filled["x:bud-tsb"]]).toEqual(["46", "64", "20,5"]);
    expect(filled["beds.phv_adult_hospital"]).toBe("");
  });
});

describe("a budget's page takes no reported figure (B10)", () => {
  it("«Budsjett 2025 – Sykehuset Telemark HF» with the catalogue's own labels: nothing is filled", async () => {
    expect(await fill(BUDGET_PAGE)).toEqual({ "x:bud-hosp": "", "x:bud-dps": "", "x:bud-tsb": "" });
  });

  it("twin: the same labels on a page titled for the count are filled", async () => {
    const html = BUDGET_PAGE.replace("<h1>Budsjett 2025", "<h1>Døgnplasser 2025").replace(
      "<p>Budsjetterte døgnplasser for 2025 (vedtatt i desember 2024).</p>",
      "",
    );
    expect(await fill(html)).toEqual({ "x:bud-hosp": "46", "x:bud-dps": "64", "x:bud-tsb": "20,5" });
  });

  it("twin: a section «Faktisk 2025» on the budget's page is the actual figures' and is filled", async () => {
    const html = BUDGET_PAGE.replace(
      "<p>Budsjetterte døgnplasser for 2025 (vedtatt i desember 2024).</p>",
      "<h2>Faktisk 2025</h2>",
    );
    expect(await fill(html)).toEqual({ "x:bud-hosp": "46", "x:bud-dps": "64", "x:bud-tsb": "20,5" });
  });

  it("twin: a capacity plan on a page that says «prognose» still takes its planned beds", async () => {
    const html = `<!doctype html><html lang="nb"><body>
      <h1>Kapasitetsplan: prognose for døgnplasser 2026–2032 – Sykehuset Telemark HF</h1>
      <table><thead><tr><th>Fagområde</th><th>Planlagt 2026</th><th>Planlagt 2027</th></tr></thead><tbody>
      <tr><th>PHV voksne</th><td><input data-k="capacity_plan.phv_adult_2026"></td><td><input data-k="capacity_plan.phv_adult_2027"></td></tr>
      <tr><th>TSB</th><td><input data-k="capacity_plan.tsb_2026"></td><td><input data-k="capacity_plan.tsb_2027"></td></tr>
      </tbody></table></body></html>`;
    const plan = {
      "capacity_plan.phv_adult_2026": 112,
      "capacity_plan.phv_adult_2027": 114.5,
      "capacity_plan.tsb_2026": 21,
      "capacity_plan.tsb_2027": 22,
    };
    expect(await fill(html, plan)).toEqual({
      "capacity_plan.phv_adult_2026": "112",
      "capacity_plan.phv_adult_2027": "114,5",
      "capacity_plan.tsb_2026": "21",
      "capacity_plan.tsb_2027": "22",
    });
  });
});

describe("a column naming another measure of the catalogue takes no bed count (B25)", () => {
  it("«Liggedøgn | Belegg (%) | Døgnplasser | Utskrivninger»: the counts go into «Døgnplasser» only", async () => {
    expect(await fill(BED_DAYS_FIRST)).toEqual({
      "x:ld-hosp": "",
      "x:bel-hosp": "",
      "beds.phv_adult_hospital": "46",
      "x:ut-hosp": "",
      "x:ld-phbu": "",
      "x:bel-phbu": "",
      "beds.phbu_total": "12",
      "x:ut-phbu": "",
      "x:ld-tsb": "",
      "x:bel-tsb": "",
      "beds.tsb_total": "20,5",
      "x:ut-tsb": "",
    });
  });

  it("twin: «Døgnplasser» as the first column is filled, «Liggedøgn» after it stays empty", async () => {
    const filled = await fill(
      BED_DAYS_FIRST.replace("<th>Liggedøgn</th>", "<th>Døgnplasser</th>").replace(
        "<th>Belegg (%)</th><th>Døgnplasser</th>",
        "<th>Belegg (%)</th><th>Liggedøgn</th>",
      ),
    );
    expect([filled["x:ld-hosp"], filled["x:ld-phbu"], filled["x:ld-tsb"]]).toEqual(["46", "12", "20,5"]);
    expect([filled["beds.phv_adult_hospital"], filled["beds.phbu_total"], filled["beds.tsb_total"]]).toEqual([
      "",
      "",
      "",
    ]);
  });

  it("twin: a «Liggedøgn» section takes its own counts of bed days", async () => {
    const html = `<!doctype html><html lang="nb"><body><h1>Aktivitet 2025 – Sykehuset Telemark HF</h1>
      <section><h2>Liggedøgn</h2>
      <p><label for="a">Voksne</label> <input id="a" data-k="activity.bed_days_adult"></p>
      <p><label for="b">Barn og unge</label> <input id="b" data-k="activity.bed_days_children"></p>
      </section></body></html>`;
    const figures = {
      "activity.bed_days_adult": 36500,
      "activity.bed_days_children": 4100,
      ...BEDS_WITH_TOTALS,
    };
    expect(await fill(html, figures)).toEqual({
      "activity.bed_days_adult": "36500",
      "activity.bed_days_children": "4100",
    });
  });
});
