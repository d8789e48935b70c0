// A section, region, heading, legend, table header or card titled with another reporting unit (its
// registered name, short name or org. no.) holds that unit's boxes: none of the package unit's
// figures go there, while a section titled with the package's own unit, on a page naming another
// too, is filled (test/e2e/forms/adversary-4/FINDINGS.md, B13). The names travel in the request
// (ContentRequest.unit.said, from the worker's requestUnit), as the worker sends them.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { requestUnit } from "../../extension/background/request-unit";
import { BEDS_FIGURES, browserForFile, fillHtml } from "./forms/fill-page";

const browser = browserForFile();

const TELEMARK = "983975267";

function formHtml(form: string, edit: (html: string) => string = (html) => html): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-4", `${form}.html`), "utf8");
  return edit(html.replace(/<script src="state\.js"[^>]*><\/script>/, ""));
}

/** Fills Telemark's figures by labels; answers what every `data-k` control holds after. */
async function fill(html: string): Promise<Record<string, string>> {
  const unit = requestUnit(TELEMARK);
  return (await fillHtml(browser(), html, BEDS_FIGURES, unit ? { unit } : {})).held;
}

const VESTFOLD_SECTION = '<h2 id="s2">Sykehuset i Vestfold HF</h2>';

describe("a section titled with another unit", () => {
  it("B13: Vestfold's section gets none of Telemark's figures; Telemark's section is filled", async () => {
    expect(await fill(formHtml("h27b-two-units-cards"))).toEqual({
      "x:vf-dps": "",
      "x:vf-phbu": "",
      "beds.phv_adult_dps": "64",
      "beds.tsb_total": "20,5",
    });
  });

  it("B13: by the other unit's short name or org. no. too", async () => {
    for (const title of ["SiV – Vestfold", "Org.nr. 983 975 259"]) {
      const held = await fill(
        formHtml("h27b-two-units-cards", (html) =>
          html.replace(VESTFOLD_SECTION, `<h2 id="s2">${title}</h2>`),
        ),
      );
      expect(held).toMatchObject({ "x:vf-dps": "", "x:vf-phbu": "", "beds.phv_adult_dps": "64" });
    }
  });

  it("B13: a card whose title alone names the other unit (no heading, no region)", async () => {
    const held = await fill(
      formHtml("h27b-two-units-cards", (html) =>
        html
          .replace('<section aria-labelledby="s2">', '<div class="card">')
          .replace(VESTFOLD_SECTION, "<div><b>Vestfold</b></div>")
          .replace("</section>", "</div>"),
      ),
    );
    expect(held).toMatchObject({ "x:vf-phbu": "", "beds.tsb_total": "20,5" });
  });

  it("twin: the section titled with the package's own unit (by org. no.) is filled", async () => {
    const held = await fill(
      formHtml("h27b-two-units-cards", (html) =>
        html.replace(VESTFOLD_SECTION, '<h2 id="s2">Org.nr. 983 975 267 – barn og unge</h2>'),
      ),
    );
    expect(held["x:vf-phbu"]).toBe("12");
  });

  it("twin: a page naming only the package's unit is filled, whatever its sections say of areas", async () => {
    const held = await fill(
      formHtml("h27b-two-units-cards", (html) =>
        html
          .replace("Telemark og Vestfold", "Sykehuset Telemark HF")
          .replace(VESTFOLD_SECTION, '<h2 id="s2">Barn og unge</h2>'),
      ),
    );
    expect(held).toMatchObject({ "x:vf-phbu": "12", "beds.tsb_total": "20,5" });
  });

  it("a column headed with the RHF beside the unit's own: only the unit's column is filled", async () => {
    const held = await fill(formHtml("h04-rhf-column-first"));
    expect(held).toEqual({
      "x:rhf-hosp": "",
      "x:rhf-dps": "",
      "x:rhf-phbu": "",
      "x:rhf-tsb": "",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
    });
  });
});

/** A form of adversary round 6 (test/e2e/forms/adversary-6/FINDINGS.md), without its state script. */
function round6(name: string): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-6", `${name}.html`), "utf8");
  return html.replace(/<script src="state\.js"[^>]*><\/script>/, "");
}

describe("a section for one location of the unit (adversary round 6, D28)", () => {
  const k39 = round6("k39-lokasjon-sections");

  it("'Lokasjon Skien' takes none of the unit's figures; 'Hele foretaket' is filled", async () => {
    expect(await fill(k39)).toEqual({
      "x:skien-phbu": "",
      "x:skien-tsb": "",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
    });
  });

  it("twin: the same section headed with the unit's own name, as a location, is filled", async () => {
    const held = await fill(
      k39.replace("<h2>Lokasjon Skien</h2>", "<h2>Lokasjon: Sykehuset Telemark HF</h2>"),
    );
    expect(held).toMatchObject({ "x:skien-phbu": "12", "x:skien-tsb": "20,5" });
  });
});

// A card says whose boxes it holds where no heading does (adversary round 6): an `<article
// aria-label>` naming another unit, whose only title is a logo (D7), or a locked text box "Enhet"
// or "År" showing another unit or year (D32, D31: extension/content/section-choice.ts).
describe("an article card named for another unit (D7)", () => {
  it("Vestfold's article gets none of Telemark's figures; Telemark's is filled", async () => {
    expect(await fill(round6("k15-article-logo-unit"))).toEqual({
      "x:siv-phbu": "",
      "x:siv-tsb": "",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
    });
  });

  it("twin: the first article named for Telemark too, its boxes are filled", async () => {
    const held = await fill(
      round6("k15-article-logo-unit").replace(
        '<article aria-label="Sykehuset i Vestfold HF">',
        '<article aria-label="Sykehuset Telemark HF">',
      ),
    );
    expect(held).toMatchObject({ "x:siv-phbu": "12", "x:siv-tsb": "20,5" });
  });
});

describe("a locked text box saying the card's unit (D32)", () => {
  it("the card whose read-only 'Enhet' shows Vestfold gets nothing; Telemark's card is filled", async () => {
    expect(await fill(round6("k43-card-unit-input"))).toEqual({
      "x:card1-unit": "Sykehuset i Vestfold HF",
      "x:siv-phbu": "",
      "x:siv-tsb": "",
      "x:card2-unit": "Sykehuset Telemark HF",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
    });
  });

  it("twin: both locked boxes show Telemark, both cards are filled", async () => {
    const held = await fill(
      round6("k43-card-unit-input").replace(
        'value="Sykehuset i Vestfold HF"',
        'value="Sykehuset Telemark HF"',
      ),
    );
    expect(held).toMatchObject({ "x:siv-phbu": "12", "x:siv-tsb": "20,5", "beds.phv_adult_dps": "64" });
  });

  it("twin: a locked box not named for the unit (a comment) says nothing of whose card it is", async () => {
    const held = await fill(
      round6("k43-card-unit-input").replace("<label>Enhet <input", "<label>Merknad fra RHF <input"),
    );
    expect(held).toMatchObject({ "x:siv-phbu": "12", "x:siv-tsb": "20,5" });
  });
});

describe("a locked text box saying the card's year (D31)", () => {
  it("the card whose read-only 'År' shows 2024 gets nothing; the 2025 card is filled", async () => {
    expect(await fill(round6("k42-card-year-input"))).toEqual({
      "x:card1-year": "2024",
      "x:ly-phbu": "",
      "x:ly-tsb": "",
      "x:card2-year": "2025",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
    });
  });

  it("twin: a locked box named otherwise ('Liggedøgn per år') or showing no year ('-12') says nothing of the card's year", async () => {
    for (const [name, value] of [
      ["Liggedøgn per år", "2024"],
      ["År", "-12"],
    ]) {
      const held = await fill(
        round6("k42-card-year-input").replace(
          '<label>År <input value="2024"',
          `<label>${name} <input value="${value}"`,
        ),
      );
      expect(held, name).toMatchObject({ "x:ly-phbu": "12", "x:ly-tsb": "20,5" });
    }
  });

  it("twin: both locked boxes show 2025, both cards are filled", async () => {
    const held = await fill(
      round6("k42-card-year-input").replace('value="2024" readonly', 'value="2025" readonly'),
    );
    expect(held).toMatchObject({ "x:ly-phbu": "12", "x:ly-tsb": "20,5", "beds.phv_adult_dps": "64" });
  });
});
