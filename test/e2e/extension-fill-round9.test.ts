// Round 9's forms (test/e2e/forms/adversary-9/FINDINGS.md) whose fixes are words and rules, not a
// library's DOM: each page is the form's rendered markup cut down to what decides; every box is
// marked with the figure it must get, or `x:` for one that must stay empty.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./forms/browser";
import { fillHtml, telemarkPage } from "./forms/fill-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FIGURES = {
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20.5,
};

const expectOnlyMarked = (held: Record<string, string>, filled: Record<string, string>) => {
  for (const [mark, value] of Object.entries(held))
    expect([mark, value]).toEqual([mark, mark.startsWith("x:") ? "" : (filled[mark] ?? "")]);
};

const field = (name: string, mark: string) =>
  `<p><label for="${mark}">${name}</label><input id="${mark}" data-k="${mark}"></p>`;

describe("a section's legend says staff or patients: no beds there (G9)", () => {
  it("legends «Årsverk» and «Antall pasienter» over boxes named by the service take no bed count", async () => {
    const html =
      telemarkPage(`<fieldset><legend>Årsverk</legend>${field("PHV voksne, sykehusnivå", "x:fte-h")}${field("PHV voksne, DPS", "x:fte-d")}</fieldset>
<fieldset><legend>Antall pasienter</legend>${field("PHBU, i alt", "x:pat-phbu")}${field("TSB, i alt", "x:pat-tsb")}</fieldset>`);
    const { held } = await fillHtml(browser, html, FIGURES);
    expectOnlyMarked(held, {});
  });

  it("twin: under «Døgnplasser» (or «Døgnplasser og årsverk») the same boxes take the beds", async () => {
    for (const legend of ["Døgnplasser", "Døgnplasser og årsverk"]) {
      const html = telemarkPage(
        `<fieldset><legend>${legend}</legend>${field("PHV voksne, sykehusnivå", "beds.phv_adult_hospital")}${field("PHBU, i alt", "beds.phbu_total")}</fieldset>`,
      );
      const { held } = await fillHtml(browser, html, FIGURES);
      expectOnlyMarked(held, { "beds.phv_adult_hospital": "46", "beds.phbu_total": "12" });
    }
  });
});
