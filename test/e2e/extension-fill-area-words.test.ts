// A section heading that names its area by the word forms use every day, "Rus" or "Rusbehandling"
// for TSB (tverrfaglig spesialisert rusbehandling): the count under it is TSB's, never the unit's
// total (shared/templates/abbreviations.ts). Run on the content script as the worker sends requests.
import { describe, expect, it } from "vitest";
import { browserForFile, fillHtml } from "./forms/fill-page";

const browser = browserForFile();

const BEDS = { "beds.tsb_total": 20.5, "beds.all_total": 142.5, "beds.phbu_total": 12 };

async function fill(html: string): Promise<Record<string, string>> {
  return (await fillHtml(browser(), html, BEDS)).held;
}

const section = (heading: string, key: string) =>
  `<section><h2>${heading}</h2><label for="${key}">Antall døgnplasser</label><input id="${key}" data-k="${key}"></section>`;

describe("a heading naming the area in everyday words", () => {
  for (const heading of ["Rus", "Rusbehandling"])
    it(`'${heading}': the count under it is TSB's, not the unit's total`, async () => {
      const held = await fill(
        `<h1>Døgnplasser</h1>${section("PHBU", "beds.phbu_total")}${section(heading, "beds.tsb_total")}`,
      );
      expect(held).toEqual({ "beds.phbu_total": "12", "beds.tsb_total": "20,5" });
    });
});
