// Last year's correction boxes under a caption, an open details' summary or a labelled aside that
// say "fjorårets tall" / "i fjor" are last year's, as under a heading or legend
// (test/e2e/forms/adversary-3/FINDINGS.md, A14); a caption that names no other year rules nothing out.
// So is a card whose title, a styled <div> too small to read as a heading, says last year (A5, g11b).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BEDS_WITH_TOTALS, browserForFile, fillHtml } from "./forms/fill-page";

const browser = browserForFile();

function formHtml(form: string): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-3", `${form}.html`), "utf8");
  return html.replace(/<script src="\/state\.js"[^>]*><\/script>/, "");
}

/** Fills by labels; answers what every `data-k` control holds after. */
async function fill(html: string): Promise<Record<string, string>> {
  return (await fillHtml(browser(), html, BEDS_WITH_TOTALS)).held;
}

const ONLY_THIS_YEARS = {
  "beds.phv_adult_hospital": "46",
  "beds.phv_adult_dps": "64",
  "x:ly-phbu": "",
  "x:ly-tsb": "",
  "x:ly-phv-total": "",
  "x:ly-all": "",
};

describe("last year's boxes under a caption, a details' summary or a labelled aside", () => {
  it("stay empty when they say «fjorårets tall» (g28)", async () => {
    expect(await fill(formHtml("g28-last-year-by-caption"))).toEqual(ONLY_THIS_YEARS);
  });

  it("stay empty when they say «rapportert i fjor» (g28b)", async () => {
    expect(await fill(formHtml("g28b-last-year-i-fjor"))).toEqual(ONLY_THIS_YEARS);
  });

  it("are filled when the caption, summary and aside name no other year", async () => {
    const html = formHtml("g28-last-year-by-caption").replaceAll("Rettelser i fjorårets tall", "Døgnplasser");
    expect(await fill(html)).toEqual({
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "x:ly-phbu": "12",
      "x:ly-tsb": "20,5",
      "x:ly-phv-total": "110",
      "x:ly-all": "142,5",
    });
  });
});

describe("tab panes without ARIA (Bootstrap 3: links in a nav-tabs list, panes by id)", () => {
  it("last year's pane, open, takes nothing; this year's pane is hidden (g31)", async () => {
    expect(await fill(formHtml("g31-bootstrap-tabs-last-year-open"))).toEqual({
      "x:ly-hosp": "",
      "x:ly-dps": "",
      "x:ly-tsb": "",
      "beds.phv_adult_hospital": "",
      "beds.phv_adult_dps": "",
      "beds.tsb_total": "",
    });
  });

  it("this year's pane, open, is filled; last year's stays empty", async () => {
    const html = formHtml("g31-bootstrap-tabs-last-year-open")
      .replace('<li class="active"><a href="#fjor"', '<li><a href="#fjor"')
      .replace('<li><a href="#iaar"', '<li class="active"><a href="#iaar"')
      .replace('<div class="tab-pane active" id="fjor">', '<div class="tab-pane" id="fjor">')
      .replace('<div class="tab-pane" id="iaar">', '<div class="tab-pane active" id="iaar">');
    expect(html).toContain('<div class="tab-pane active" id="iaar">');
    expect(await fill(html)).toEqual({
      "x:ly-hosp": "",
      "x:ly-dps": "",
      "x:ly-tsb": "",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.tsb_total": "20,5",
    });
  });
});

// test/e2e/forms/adversary-4/FINDINGS.md B5: help text (aria-describedby, aria-description) that
// says the previous reporting period or "Sist år" keeps a box out (h10-describedby-year.html).
const HELP_TEXT_YEARS = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Døgnplasser 2025 – Sykehuset Telemark HF</title></head>
<body>
<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
<div><label for="a">PHV voksne, i alt</label> <input id="a" aria-describedby="ha" data-k="x:ly-phv"> <span id="ha">Gjelder 2024</span></div>
<div><label for="b">PHV voksne, i alt</label> <input id="b" aria-describedby="hb" data-k="beds.phv_adult_total"> <span id="hb">Gjelder 2025</span></div>
<div><label for="c">PHBU, i alt</label> <input id="c" aria-describedby="hc" data-k="x:ly-phbu"> <span id="hc">Rettelse av fjorårets tall</span></div>
<div><label for="d">TSB, i alt</label> <input id="d" aria-description="Fylles ut for forrige rapporteringsperiode" data-k="x:ly-tsb"></div>
<div><label for="e">Døgnplasser i alt</label> <input id="e" aria-describedby="he" data-k="x:ly-all"> <span id="he">Sist år</span></div>
</body></html>`;

// B3: "I fjor: " drawn before each label of the correction block by CSS (h09-css-before-label.html).
const CSS_BEFORE_LABEL = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Døgnplasser 2025 – Sykehuset Telemark HF</title>
<style>
  .rettelse label::before { content: "I fjor: "; font-weight: bold; color: #a00 }
  .row { margin: 4px 0 }
</style></head>
<body>
<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
<div class="blokk">
  <div class="row"><label for="a1">PHV voksne, sykehusnivå</label> <input id="a1" data-k="beds.phv_adult_hospital"></div>
  <div class="row"><label for="a2">PHV voksne, DPS</label> <input id="a2" data-k="beds.phv_adult_dps"></div>
</div>
<div class="blokk rettelse">
  <div class="row"><label for="b1">PHBU, i alt</label> <input id="b1" data-k="x:ly-phbu"></div>
  <div class="row"><label for="b2">TSB, i alt</label> <input id="b2" data-k="x:ly-tsb"></div>
</div>
</body></html>`;

// B4 (and B8): a visible year badge hidden from screen readers, an sr-only "i fjor", an abbr and a
// footnote mark in labels (h09b-abbr-and-sr-only.html).
const HIDDEN_YEAR_BADGE = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Døgnplasser 2025 – Sykehuset Telemark HF</title>
<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}</style></head>
<body>
<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
<p><label for="a">Antall <abbr title="døgnplasser">dpl.</abbr> <span>PHBU</span></label> <input id="a" data-k="beds.phbu_total"></p>
<p><label for="b">TSB, i alt <span class="sr-only">(tall rapportert i fjor, til kontroll)</span></label> <input id="b" data-k="x:ly-tsb"></p>
<p><label for="c">PHV voksne, i&nbsp;alt<sup>1</sup></label> <input id="c" data-k="beds.phv_adult_total"></p>
<p><label for="d">PHV voksne,<br>DPS</label> <input id="d" data-k="beds.phv_adult_dps"></p>
<p><label for="e"><span aria-hidden="true">2024:</span> PHV voksne, sykehusnivå</label> <input id="e" data-k="x:ly-hosp"></p>
<p><small><sup>1</sup> Sum av sykehusnivå og DPS.</small></p>
</body></html>`;

describe("last year said in help text, CSS generated content or text hidden from screen readers", () => {
  it("help «Fylles ut for forrige rapporteringsperiode» and «Sist år» keep the boxes out (B5)", async () => {
    expect(await fill(HELP_TEXT_YEARS)).toEqual({
      "x:ly-phv": "",
      "beds.phv_adult_total": "110",
      "x:ly-phbu": "",
      "x:ly-tsb": "",
      "x:ly-all": "",
    });
  });

  it("twin: help that says this period is filled", async () => {
    const html = HELP_TEXT_YEARS.replace(
      "forrige rapporteringsperiode",
      "denne rapporteringsperioden",
    ).replace("Sist år", "Inneværende år");
    expect(await fill(html)).toMatchObject({ "x:ly-tsb": "20,5", "x:ly-all": "142,5", "x:ly-phbu": "" });
  });

  it("a label drawn as «I fjor: …» by CSS ::before keeps the box out (B3)", async () => {
    expect(await fill(CSS_BEFORE_LABEL)).toEqual({
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "x:ly-phbu": "",
      "x:ly-tsb": "",
    });
  });

  it("twin: CSS content «I år: » (or ::after «(2025)») is filled", async () => {
    const html = CSS_BEFORE_LABEL.replace('content: "I fjor: "', 'content: "I år: "').replace(
      ".row {",
      '.rettelse label::after { content: " (2025)" } .row {',
    );
    expect(await fill(html)).toMatchObject({ "x:ly-phbu": "12", "x:ly-tsb": "20,5" });
  });

  it("a visible «2024:» badge hidden from screen readers keeps the box out (B4)", async () => {
    const filled = await fill(HIDDEN_YEAR_BADGE);
    expect(filled).toMatchObject({ "x:ly-tsb": "", "beds.phv_adult_dps": "64", "x:ly-hosp": "" });
  });

  it("twin: a «2025:» badge is filled", async () => {
    const filled = await fill(HIDDEN_YEAR_BADGE.replace(">2024:</span>", ">2025:</span>"));
    expect(filled).toMatchObject({ "x:ly-tsb": "", "x:ly-hosp": "46" });
  });

  it("an <abbr>'s title stands for its text, a footnote <sup>1</sup> ending a label is no word of it (B8)", async () => {
    const filled = await fill(HIDDEN_YEAR_BADGE);
    expect(filled).toMatchObject({ "beds.phbu_total": "12", "beds.phv_adult_total": "110" });
  });

  it("twin: an <abbr> whose title names another measure («liggedøgn») keeps the box out", async () => {
    const filled = await fill(HIDDEN_YEAR_BADGE.replace('title="døgnplasser"', 'title="liggedøgn"'));
    expect(filled).toMatchObject({ "beds.phbu_total": "" });
  });
});

/**
 * The tester's g11b (test/e2e/forms/adversary-3/g11b-last-year-card-after-heading.html, without
 * its state reporter): this year's card titled by an <h3>, last year's card for checking titled by
 * a bold <div> of the page's own size, asking one figure (TSB) this year's card does not.
 */
const G11B = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Døgnplasser 2025 – Sykehuset Telemark HF</title>
<style>body{font-family:sans-serif;margin:2em} .card{border:1px solid #999;padding:.5em 1em;margin:1em 0} .card-title{font-weight:bold} label{display:inline-block;width:16em}</style></head>
<body>
<h1>Døgnplasser 2025</h1>
<p>Rapporterende enhet: Sykehuset Telemark HF (983 975 267)</p>
<div class="card"><h3>Tall for i år</h3>
  <p><label for="a1">PHV voksne, sykehusnivå</label><input id="a1" data-k="beds.phv_adult_hospital"></p>
  <p><label for="a2">PHV voksne, DPS</label><input id="a2" data-k="beds.phv_adult_dps"></p>
</div>
<div class="card"><div class="card-title">Tall for i fjor (til kontroll)</div>
  <p><label for="b1">PHV voksne, sykehusnivå</label><input id="b1" data-k="x:ly-hosp"></p>
  <p><label for="b2">PHV voksne, DPS</label><input id="b2" data-k="x:ly-dps"></p>
  <p><label for="b3">TSB, i alt</label><input id="b3" data-k="x:ly-tsb"></p>
</div>
</body></html>`;

describe("a card titled by a styled <div> that is no heading (A5, g11b)", () => {
  it("last year's card («Tall for i fjor (til kontroll)») takes nothing; this year's is filled", async () => {
    expect(await fill(G11B)).toEqual({
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "x:ly-hosp": "",
      "x:ly-dps": "",
      "x:ly-tsb": "",
    });
  });

  it("a title naming last year's number («Tall for 2024») is last year's too", async () => {
    const html = G11B.replace("Tall for i fjor (til kontroll)", "Tall for 2024 (til kontroll)");
    expect(await fill(html)).toMatchObject({ "x:ly-hosp": "", "x:ly-dps": "", "x:ly-tsb": "" });
  });

  it("twin: a title that names no other year («Tall for TSB») rules nothing out", async () => {
    const html = G11B.replace("Tall for i fjor (til kontroll)", "Tall for TSB").replace(
      'data-k="x:ly-tsb"',
      'data-k="beds.tsb_total"',
    );
    expect(await fill(html)).toMatchObject({ "beds.tsb_total": "20,5", "x:ly-hosp": "", "x:ly-dps": "" });
  });

  it("twin: words before a box on its line are that box's label, not its container's title", async () => {
    // The line's first words say last year for the first box only; the second box is this year's.
    const html = `<h1>Døgnplasser 2025</h1><div class="card"><p><span>TSB, i alt, i fjor</span><input data-k="x:ly-tsb"><span>TSB, i alt</span><input data-k="beds.tsb_total"></p></div>`;
    expect(await fill(html)).toEqual({ "x:ly-tsb": "", "beds.tsb_total": "20,5" });
  });
});

/**
 * Earlier figures said without a year (test/e2e/forms/adversary-6/FINDINGS.md, D1, D25, D35; its
 * k02, k38, k49 shaped the same): columns "Forrige innsending" | "Ny innsending", nynorsk "Førre år"
 * | "Dette året", "Sammenligningstall" | "Nye tall", a section "Arkivert innsending". Each figure a
 * this-year column does not ask has its box only in the earlier one.
 */
const EARLIER_SUBMISSION = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Døgnplasser 2025 – Sykehuset Telemark HF</title></head>
<body>
<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
<table>
<thead><tr><th>Fagområde</th><th>Forrige innsending</th><th>Ny innsending</th></tr></thead>
<tbody>
<tr><th>PHV voksne, sykehusnivå</th><td><input data-k="x:prev-hosp"></td><td><input data-k="beds.phv_adult_hospital"></td></tr>
<tr><th>Døgnplasser i alt</th><td><input data-k="x:prev-all"></td><td>–</td></tr>
</tbody></table>
<table>
<thead><tr><th>Fagområde</th><th>Førre år</th><th>Dette året</th></tr></thead>
<tbody>
<tr><th>PHV voksne, DPS</th><td><input data-k="x:nn-dps"></td><td><input data-k="beds.phv_adult_dps"></td></tr>
<tr><th>PHV voksne, i alt</th><td><input data-k="x:nn-phv-total"></td><td>–</td></tr>
</tbody></table>
<table>
<thead><tr><th>Fagområde</th><th>Sammenligningstall</th><th>Nye tall</th></tr></thead>
<tbody><tr><th>PHBU, i alt</th><td><input data-k="x:cmp-phbu"></td><td>egen rapport</td></tr></tbody>
</table>
<section><h2>Arkivert innsending</h2>
<label>TSB, i alt <input data-k="x:arch-tsb"></label>
</section>
</body></html>`;

describe("earlier figures said without a year (adversary round 6, D1, D25, D35)", () => {
  it("«Forrige innsending», «Førre år», «Sammenligningstall» and «Arkivert innsending» take nothing", async () => {
    expect(await fill(EARLIER_SUBMISSION)).toEqual({
      "x:prev-hosp": "",
      "beds.phv_adult_hospital": "46",
      "x:prev-all": "",
      "x:nn-dps": "",
      "beds.phv_adult_dps": "64",
      "x:nn-phv-total": "",
      "x:cmp-phbu": "",
      "x:arch-tsb": "",
    });
  });

  it("twin: a section «Ny innsending» or «Innsending 2025» is filled", async () => {
    for (const title of ["Ny innsending", "Innsending 2025"]) {
      const html = EARLIER_SUBMISSION.replace("<h2>Arkivert innsending</h2>", `<h2>${title}</h2>`);
      expect(await fill(html), title).toMatchObject({ "x:arch-tsb": "20,5", "x:cmp-phbu": "" });
    }
  });
});
