// A card says whose boxes it holds where no heading does: an `<article aria-label>` naming another
// unit, whose only title is a logo (adversary round 6, D7), or a locked text box "Enhet" or "År"
// showing another unit or year (D32, D31) keeps its boxes empty; the card saying the package's unit
// and year is filled (test/e2e/forms/adversary-6/FINDINGS.md; extension/content/control-context.ts
// and section-choice.ts; docs/extension.md).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestUnit } from "../../extension/background/request-unit";
import { launchBrowser } from "./forms/browser";
import { fillHtml } from "./forms/fill-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BEDS = {
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20.5,
};
const TELEMARK = "983975267";

function form(name: string): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-6", `${name}.html`), "utf8");
  return html.replace(/<script src="state\.js"[^>]*><\/script>/, "");
}

/** Fills Telemark's 2025 figures by labels; answers what every `data-k` control holds after. */
async function fill(html: string): Promise<Record<string, string>> {
  const unit = requestUnit(TELEMARK);
  return (await fillHtml(browser, html, BEDS, unit ? { unit } : {})).held;
}

describe("an article card named for another unit (D7)", () => {
  it("Vestfold's article gets none of Telemark's figures; Telemark's is filled", async () => {
    expect(await fill(form("k15-article-logo-unit"))).toEqual({
      "x:siv-phbu": "",
      "x:siv-tsb": "",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
    });
  });

  it("twin: the first article named for Telemark too, its boxes are filled", async () => {
    const held = await fill(
      form("k15-article-logo-unit").replace(
        '<article aria-label="Sykehuset i Vestfold HF">',
        '<article aria-label="Sykehuset Telemark HF">',
      ),
    );
    expect(held).toMatchObject({ "x:siv-phbu": "12", "x:siv-tsb": "20,5" });
  });
});

describe("a locked text box saying the card's unit (D32)", () => {
  it("the card whose read-only 'Enhet' shows Vestfold gets nothing; Telemark's card is filled", async () => {
    expect(await fill(form("k43-card-unit-input"))).toEqual({
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
      form("k43-card-unit-input").replace('value="Sykehuset i Vestfold HF"', 'value="Sykehuset Telemark HF"'),
    );
    expect(held).toMatchObject({ "x:siv-phbu": "12", "x:siv-tsb": "20,5", "beds.phv_adult_dps": "64" });
  });

  it("twin: a locked box not named for the unit (a comment) says nothing of whose card it is", async () => {
    const held = await fill(
      form("k43-card-unit-input").replace("<label>Enhet <input", "<label>Merknad fra RHF <input"),
    );
    expect(held).toMatchObject({ "x:siv-phbu": "12", "x:siv-tsb": "20,5" });
  });
});

describe("a locked text box saying the card's year (D31)", () => {
  it("the card whose read-only 'År' shows 2024 gets nothing; the 2025 card is filled", async () => {
    expect(await fill(form("k42-card-year-input"))).toEqual({
      "x:card1-year": "2024",
      "x:ly-phbu": "",
      "x:ly-tsb": "",
      "x:card2-year": "2025",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
    });
  });

  it("twin: both locked boxes show 2025, both cards are filled", async () => {
    const held = await fill(
      form("k42-card-year-input").replace('value="2024" readonly', 'value="2025" readonly'),
    );
    expect(held).toMatchObject({ "x:ly-phbu": "12", "x:ly-tsb": "20,5", "beds.phv_adult_dps": "64" });
  });
});
