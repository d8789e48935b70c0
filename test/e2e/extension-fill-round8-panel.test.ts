// Round 8's open Fluent Panel (test/e2e/forms/adversary-8/FINDINGS.md, F10): the page's 2025 form
// has "PHV voksne, sykehusnivå" and "…, DPS" under no heading of their own; a non-blocking Panel
// (a `role=dialog` named by its heading "Korriger fjorårets tall (2024)", portalled to the end of
// the body) holds the same four services for last year. The Panel's namesakes made the page's own
// boxes an unknown section's (unclear, one candidate named), so nothing was filled. The page is
// f08's rendered DOM; each box is marked with the figure it must get, or `x:` to keep empty.
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

const FIGURES = { "beds.phv_adult_hospital": 46, "beds.phv_adult_dps": 64, "beds.phbu_total": 12 };

const field = (name: string, mark: string) =>
  `<div class="ms-TextField"><label id="l-${mark}">${name}</label><input type="text" aria-labelledby="l-${mark}" data-k="${mark}"></div>`;

/** The page's own two boxes, then an open Panel titled `title` with its namesakes (marked `x:`). */
const withPanel = (title: string) =>
  telemarkPage(`${field("PHV voksne, sykehusnivå", "beds.phv_adult_hospital")}${field("PHV voksne, DPS", "beds.phv_adult_dps")}
<button type="button">Korriger fjorårets tall</button>
<div role="dialog" aria-labelledby="panel-title"><div role="heading" aria-level="1" id="panel-title">${title}</div>
${field("PHV voksne, sykehusnivå", "x:p-hosp")}${field("PHV voksne, DPS", "x:p-dps")}${field("PHBU, i alt", "x:p-phbu")}</div>`);

const expectOnlyMarked = (held: Record<string, string>, filled: Record<string, string>) => {
  for (const [mark, value] of Object.entries(held))
    expect([mark, value]).toEqual([mark, mark.startsWith("x:") ? "" : (filled[mark] ?? "")]);
};

describe("last year's Panel beside the page's own boxes (adversary round 8, F10)", () => {
  it("the Panel's namesakes are last year's copies: the page's boxes get 46 and 64, the Panel's nothing", async () => {
    const { held } = await fillHtml(browser, withPanel("Korriger fjorårets tall (2024)"), FIGURES);
    expectOnlyMarked(held, { "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
  });

  it("twin: a Panel of this year's section still leaves the page's unplaced boxes unclear", async () => {
    // "Voksne – sykehus og DPS" is a section of the same year: the page's boxes could be any
    // section's, so none takes a figure (unknown-section.ts).
    const { held } = await fillHtml(browser, withPanel("Voksne – sykehus og DPS"), FIGURES);
    expect(held["beds.phv_adult_hospital"]).toBe("");
    expect(held["beds.phv_adult_dps"]).toBe("");
  });
});
