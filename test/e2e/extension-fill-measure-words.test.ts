// A column, legend or section heading that states a unit of measure other than the figure's own
// ("Per 10 000 innbyggere", "i prosent av landsgjennomsnittet", "Stillingsprosent (snitt)") takes
// no count (test/e2e/forms/adversary-4/FINDINGS.md, B1/B2; the words: background/measure-words.ts).
// The forms are the tester's, copied here without their state script.
import { describe, expect, it } from "vitest";
import { browserForFile, fillHtml } from "./forms/fill-page";

const browser = browserForFile();

const FIGURES = {
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phv_adult_total": 110,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20.5,
  "beds.all_total": 142.5,
  "staffing.physicians_headcount": 121,
  "staffing.physicians_fte": 111.3,
  "staffing.senior_consultants_headcount": 61,
  "staffing.senior_consultants_fte": 58.4,
  "staffing.psychologists_headcount": 92,
  "staffing.psychologists_fte": 86.1,
  "staffing.sick_leave_pct": 6.4,
};

/** Fills by labels; answers what every `data-k` control holds after. */
async function fill(html: string): Promise<Record<string, string>> {
  return (await fillHtml(browser(), html, FIGURES)).held;
}

// h01-per-10000-first.html
const RATE_COLUMN_FIRST = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Døgnplasser 2025 – Sykehuset Telemark HF</title>
<style>td,th{border:1px solid #999;padding:4px} input{width:6em}</style></head>
<body>
<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
<p>Dekningsgraden (per 10 000 innbyggere) kommer først, som i styresaken; antallet etter.</p>
<table>
  <thead><tr><th scope="col">Fagområde</th><th scope="col">Per 10 000 innbyggere</th><th scope="col">Antall</th><th scope="col">Andel av alle (%)</th></tr></thead>
  <tbody>
    <tr><th scope="row">PHV voksne, sykehusnivå</th><td><input data-k="x:rate-hosp"></td><td><input data-k="beds.phv_adult_hospital"></td><td><input data-k="x:pct-hosp"></td></tr>
    <tr><th scope="row">PHV voksne, DPS</th><td><input data-k="x:rate-dps"></td><td><input data-k="beds.phv_adult_dps"></td><td><input data-k="x:pct-dps"></td></tr>
    <tr><th scope="row">PHBU, i alt</th><td><input data-k="x:rate-phbu"></td><td><input data-k="beds.phbu_total"></td><td><input data-k="x:pct-phbu"></td></tr>
    <tr><th scope="row">TSB, i alt</th><td><input data-k="x:rate-tsb"></td><td><input data-k="beds.tsb_total"></td><td><input data-k="x:pct-tsb"></td></tr>
  </tbody>
</table>
</body></html>`;

// h01b-rate-section-first.html
const RATE_SECTION_FIRST = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Døgnplasser 2025 – Sykehuset Telemark HF</title></head>
<body>
<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
<section>
  <h2>Døgnplasser per 10 000 innbyggere (18 år og eldre)</h2>
  <p><label for="r1">PHV voksne, i alt</label> <input id="r1" data-k="x:rate-phv"></p>
  <p><label for="r2">TSB, i alt</label> <input id="r2" data-k="x:rate-tsb"></p>
  <p><label for="r3">Døgnplasser i alt</label> <input id="r3" data-k="x:rate-all"></p>
</section>
<section>
  <h2>Antall døgnplasser</h2>
  <p><label for="a1">PHV voksne, i alt</label> <input id="a1" data-k="beds.phv_adult_total"></p>
  <p><label for="a2">TSB, i alt</label> <input id="a2" data-k="beds.tsb_total"></p>
</section>
<section>
  <h2>Døgnplasser i prosent av landsgjennomsnittet</h2>
  <p><label for="p1">PHBU, i alt</label> <input id="p1" data-k="x:pct-phbu"></p>
</section>
</body></html>`;

// h02-staff-columns.html (right on main: must stay so)
const STAFF_COLUMNS = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Bemanning 2025 – Sykehuset Telemark HF</title>
<style>td,th{border:1px solid #999;padding:4px} input{width:6em}</style></head>
<body>
<h1>Bemanning 2025 – Sykehuset Telemark HF</h1>
<table>
  <thead><tr><th>Yrkesgruppe</th><th>Stillingsprosent (snitt)</th><th>Årsverk</th><th>Andel kvinner (%)</th><th>Personer</th><th>Årsverk per 100 000 innb.</th></tr></thead>
  <tbody>
    <tr><th>Leger i alt</th><td><input data-k="x:pct-leg"></td><td><input data-k="staffing.physicians_fte"></td><td><input data-k="x:kv-leg"></td><td><input data-k="staffing.physicians_headcount"></td><td><input data-k="x:rate-leg"></td></tr>
    <tr><th>Psykologer i alt</th><td><input data-k="x:pct-psy"></td><td><input data-k="staffing.psychologists_fte"></td><td><input data-k="x:kv-psy"></td><td><input data-k="staffing.psychologists_headcount"></td><td><input data-k="x:rate-psy"></td></tr>
    <tr><th>Overleger, fast ansatt</th><td><input data-k="x:pct-ol"></td><td><input data-k="staffing.senior_consultants_fte"></td><td><input data-k="x:kv-ol"></td><td><input data-k="staffing.senior_consultants_headcount"></td><td><input data-k="x:rate-ol"></td></tr>
  </tbody>
</table>
<p><label for="sf">Sykefravær, antall dager per årsverk</label> <input id="sf" data-k="x:sick-days"></p>
<p><label for="sf2">Sykefravær (%)</label> <input id="sf2" data-k="staffing.sick_leave_pct"></p>
</body></html>`;

// h02b-staff-legends.html (right on main: must stay so)
const STAFF_LEGENDS = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Bemanning 2025 – Sykehuset Telemark HF</title></head>
<body>
<h1>Bemanning 2025 – Sykehuset Telemark HF</h1>
<form>
<fieldset><legend>Prosent av budsjetterte stillinger</legend>
  <p><label for="p1">Leger i alt</label> <input id="p1" data-k="x:pct-leg"></p>
  <p><label for="p2">Psykologer i alt</label> <input id="p2" data-k="x:pct-psy"></p>
</fieldset>
<fieldset><legend>Personer</legend>
  <p><label for="h1">Leger i alt</label> <input id="h1" data-k="staffing.physicians_headcount"></p>
  <p><label for="h2">Psykologer i alt</label> <input id="h2" data-k="staffing.psychologists_headcount"></p>
</fieldset>
<fieldset><legend>Årsverk</legend>
  <p><label for="f1">Leger i alt</label> <input id="f1" data-k="staffing.physicians_fte"></p>
  <p><label for="f2">Psykologer i alt</label> <input id="f2" data-k="staffing.psychologists_fte"></p>
</fieldset>
<fieldset><legend>Vakante stillinger</legend>
  <p><label for="v1">Leger i alt</label> <input id="v1" data-k="x:vac-leg"></p>
</fieldset>
</form>
</body></html>`;

describe("a rate or percent column takes no count (B1)", () => {
  it("«Per 10 000 innbyggere» before «Antall»: the counts go into «Antall», the rate and % columns stay empty", async () => {
    expect(await fill(RATE_COLUMN_FIRST)).toEqual({
      "x:rate-hosp": "",
      "beds.phv_adult_hospital": "46",
      "x:pct-hosp": "",
      "x:rate-dps": "",
      "beds.phv_adult_dps": "64",
      "x:pct-dps": "",
      "x:rate-phbu": "",
      "beds.phbu_total": "12",
      "x:pct-phbu": "",
      "x:rate-tsb": "",
      "beds.tsb_total": "20,5",
      "x:pct-tsb": "",
    });
  });

  it("twin: the first column headed as a count is filled (the header decides, not the place)", async () => {
    const html = RATE_COLUMN_FIRST.replace(
      '<th scope="col">Per 10 000 innbyggere</th><th scope="col">Antall</th>',
      '<th scope="col">Antall døgnplasser</th><th scope="col">Per 10 000 innbyggere</th>',
    );
    const filled = await fill(html);
    expect([
      filled["x:rate-hosp"],
      filled["x:rate-dps"],
      filled["x:rate-phbu"],
      filled["x:rate-tsb"],
    ]).toEqual(["46", "64", "12", "20,5"]);
    expect(filled["beds.phv_adult_hospital"]).toBe("");
    expect(filled["x:pct-tsb"]).toBe("");
  });
});

describe("a section that states a rate or a percentage takes no count (B2)", () => {
  it("only the «Antall døgnplasser» section is filled; the rate and percent boxes stay empty", async () => {
    expect(await fill(RATE_SECTION_FIRST)).toEqual({
      "x:rate-phv": "",
      "x:rate-tsb": "",
      "x:rate-all": "",
      "beds.phv_adult_total": "110",
      "beds.tsb_total": "20,5",
      "x:pct-phbu": "",
    });
  });

  it("twin: the same boxes under headings that state no other measure are filled", async () => {
    const html = RATE_SECTION_FIRST.replace(
      "Døgnplasser per 10 000 innbyggere (18 år og eldre)",
      "Døgnplasser i alt (18 år og eldre)",
    )
      .replace("Døgnplasser i prosent av landsgjennomsnittet", "Døgnplasser for barn og unge")
      // Two namesakes would tie: the first section keeps only the all-beds total.
      .replace(/<p><label for="r1">[^\n]*\n\s*<p><label for="r2">[^\n]*\n/, "");
    expect(await fill(html)).toEqual({
      "x:rate-all": "142,5",
      "beds.phv_adult_total": "110",
      "beds.tsb_total": "20,5",
      "x:pct-phbu": "12",
    });
  });
});

describe("staffing columns and legends that state other measures keep working", () => {
  it("«Stillingsprosent (snitt) | Årsverk | Andel kvinner (%) | Personer | Årsverk per 100 000 innb.» and «Sykefravær (%)» (h02)", async () => {
    expect(await fill(STAFF_COLUMNS)).toEqual({
      "x:pct-leg": "",
      "staffing.physicians_fte": "111,3",
      "x:kv-leg": "",
      "staffing.physicians_headcount": "121",
      "x:rate-leg": "",
      "x:pct-psy": "",
      "staffing.psychologists_fte": "86,1",
      "x:kv-psy": "",
      "staffing.psychologists_headcount": "92",
      "x:rate-psy": "",
      "x:pct-ol": "",
      "staffing.senior_consultants_fte": "58,4",
      "x:kv-ol": "",
      "staffing.senior_consultants_headcount": "61",
      "x:rate-ol": "",
      "x:sick-days": "",
      "staffing.sick_leave_pct": "6,4",
    });
  });

  it("legends «Prosent av budsjetterte stillinger» first, then «Personer», «Årsverk» (h02b)", async () => {
    expect(await fill(STAFF_LEGENDS)).toEqual({
      "x:pct-leg": "",
      "x:pct-psy": "",
      "staffing.physicians_headcount": "121",
      "staffing.psychologists_headcount": "92",
      "staffing.physicians_fte": "111,3",
      "staffing.psychologists_fte": "86,1",
      "x:vac-leg": "",
    });
  });

  it("a percentage goes under a percent column; the headcount never does", async () => {
    const html = `<!doctype html><html lang="nb"><body><h1>Bemanning 2025</h1>
      <table><thead><tr><th></th><th>Personer</th><th>Prosent</th></tr></thead><tbody>
      <tr><th>Leger i alt</th><td><input data-k="staffing.physicians_headcount"></td><td><input data-k="x:pct-leg"></td></tr>
      <tr><th>Sykefravær</th><td><input data-k="x:sick-count"></td><td><input data-k="staffing.sick_leave_pct"></td></tr>
      </tbody></table></body></html>`;
    expect(await fill(html)).toEqual({
      "staffing.physicians_headcount": "121",
      "x:pct-leg": "",
      "x:sick-count": "",
      "staffing.sick_leave_pct": "6,4",
    });
  });
});

// adversary-5/k41-prosentvis-fordeling.html
const DISTRIBUTION_KEY = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser 2025 – Sykehuset Telemark HF</title></head>
<body>
<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
<fieldset><legend>Prosentvis fordeling</legend>
  <label>PHBU, i alt <input data-k="x:pf-phbu"></label>
  <label>TSB, i alt <input data-k="x:pf-tsb"></label>
</fieldset>
<fieldset><legend>Fordelingsnøkkel (sum 1,0)</legend>
  <label>Døgnplasser i alt <input data-k="x:fn-all"></label>
</fieldset>
<fieldset><legend>Antall</legend>
  <label>PHV voksne, sykehusnivå <input data-k="beds.phv_adult_hospital"></label>
  <label>PHV voksne, DPS <input data-k="beds.phv_adult_dps"></label>
</fieldset>
</body></html>`;

describe("a distribution key takes no count (adversary round 5, C33)", () => {
  it("«Fordelingsnøkkel (sum 1,0)» keeps the all-beds total out; the counts go under «Antall»", async () => {
    expect(await fill(DISTRIBUTION_KEY)).toEqual({
      "x:pf-phbu": "",
      "x:pf-tsb": "",
      "x:fn-all": "",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
    });
  });

  it("twin: the same box under a legend that states a count is filled", async () => {
    const html = DISTRIBUTION_KEY.replace("Fordelingsnøkkel (sum 1,0)", "Totalt");
    expect(await fill(html)).toMatchObject({ "x:fn-all": "142,5", "beds.phv_adult_dps": "64" });
  });
});

// As round 6's tester built them (D8, D9): the region's average in the first column, and a
// sick-leave box in per mille.
const REGION_BESIDE_OWN = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Bemanning 2025 – Sykehuset Telemark HF</title></head>
<body><h1>Bemanning 2025 – Sykehuset Telemark HF</h1>
<table>
  <thead><tr><th>Yrkesgruppe</th><th>Regionalt snitt (alle HF)</th><th>Eget HF</th></tr></thead>
  <tbody>
    <tr><th>Sykefravær (%)</th><td><input data-k="x:reg-sick"></td><td><input data-k="staffing.sick_leave_pct"></td></tr>
  </tbody>
</table>
</body></html>`;

const PER_MILLE = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Bemanning 2025 – Sykehuset Telemark HF</title></head>
<body><h1>Bemanning 2025 – Sykehuset Telemark HF</h1>
<p><label>Leger, personer <input data-k="staffing.physicians_headcount"></label></p>
<p><label>Sykefravær (‰) <input data-k="x:sick-permille"></label></p>
</body></html>`;

describe("the region's average and a per mille take none of the trust's figures (adversary round 6, D8, D9)", () => {
  it("«Regionalt snitt (alle HF)» before «Eget HF»: the sick leave into our own column", async () => {
    expect(await fill(REGION_BESIDE_OWN)).toEqual({ "x:reg-sick": "", "staffing.sick_leave_pct": "6,4" });
  });

  it("twin: with our own column gone, the region's box still takes nothing", async () => {
    const html = REGION_BESIDE_OWN.replace('<td><input data-k="staffing.sick_leave_pct"></td>', "<td></td>");
    expect(await fill(html)).toEqual({ "x:reg-sick": "" });
  });

  it("«Sykefravær (‰)» takes no percentage; «Sykefravær (%)» does", async () => {
    expect(await fill(PER_MILLE)).toEqual({ "staffing.physicians_headcount": "121", "x:sick-permille": "" });
    expect(await fill(PER_MILLE.replace("‰", "%"))).toMatchObject({ "x:sick-permille": "6,4" });
  });
});
