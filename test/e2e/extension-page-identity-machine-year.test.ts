// A page can say its year only where a user does not read it: in the count date of a form opened
// from the archive, or to the server (a hidden `rapporteringsaar` input, a `<meta>`), which files the
// figures under that year. Each is the page's year for the cross-check; a count date, a hidden input
// or a meta that names no year, or a field merely dated, is not (test/e2e/forms/adversary-4/FINDINGS.md,
// B6 and B7). Run on the content script's identity call as the worker makes it.
import { describe, expect, it } from "vitest";
import { yearsOfLines } from "../../extension/background/year-lines";
import type { PageIdentity } from "../../extension/content/content-api";
import { callContent } from "./forms/browser";
import { browserForFile } from "./forms/fill-page";

const browser = browserForFile();

async function pageYears(html: string): Promise<string[]> {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    const identity = (await callContent(page.mainFrame(), "identity", {})) as PageIdentity;
    const clues = [...identity.years, ...yearsOfLines(identity.lines ?? [])];
    return [...new Set(clues.map((clue) => clue.value))];
  } finally {
    await page.close();
  }
}

const BEDS = `<label for="h">PHV voksne, sykehusnivå</label><input id="h">`;

describe("the count date's year is the page's year (a count is made within its reporting year)", () => {
  it("a read-only date field 'Telledato' holding 2024-11-20 says 2024", async () => {
    const html = `<h1>Døgnplasser – Sykehuset Telemark HF</h1>
<label for="d">Telledato</label><input type="date" id="d" readonly value="2024-11-20">${BEDS}`;
    expect(await pageYears(html)).toEqual(["2024"]);
  });

  it("a text field 'Tellingsdato' holding 20.11.2024 says 2024", async () => {
    const html = `<label for="d">Tellingsdato</label><input id="d" value="20.11.2024">${BEDS}`;
    expect(await pageYears(html)).toEqual(["2024"]);
  });

  it("an empty count date, and another field holding a date, say no year", async () => {
    const html = `<label for="d">Telledato</label><input type="date" id="d">
<label for="s">Sist endret</label><input id="s" readonly value="2024-01-05">${BEDS}`;
    expect(await pageYears(html)).toEqual([]);
  });
});

describe("a year said to the server: a hidden input or a meta named as the reporting year", () => {
  it("<input type=hidden name=rapporteringsaar value=2024> says 2024", async () => {
    const html = `<form><input type="hidden" name="rapporteringsaar" value="2024">${BEDS}</form>`;
    expect(await pageYears(html)).toEqual(["2024"]);
  });

  it("<meta name=rapporteringsaar content=2024> and a hidden 'Year' say 2024", async () => {
    const html = `<html><head><meta name="rapporteringsaar" content="2024"></head><body>
<form><input type="hidden" id="ReportingYear" value="2024">${BEDS}</form></body></html>`;
    expect(await pageYears(html)).toEqual(["2024"]);
  });

  it("hidden inputs named otherwise, or holding no year, say nothing (a view state, a row id)", async () => {
    const html = `<form><input type="hidden" name="__VIEWSTATE" value="dDwtMTIwMjQ7">
<input type="hidden" name="rowId" value="2024"><input type="hidden" name="aar" value="">
<meta name="generator" content="Sitefinity 2024">${BEDS}</form>`;
    expect(await pageYears(html)).toEqual([]);
  });
});

describe("a banner saying what the user is editing (adversary round 7, E16)", () => {
  it("'Du redigerer fjorårets innsending (2024)' above a heading without a year says 2024", async () => {
    const html = `<div role="alert">Du redigerer fjorårets innsending (2024)</div>
<h1>Døgnplasser – Sykehuset Telemark HF</h1>${BEDS}`;
    expect(await pageYears(html)).toEqual(["2024"]);
  });

  it("twin: a banner comparing with last year's figures says no year of the page", async () => {
    const html = `<div role="alert">Kontroller mot fjorårets innsending (2024)</div>
<h1>Døgnplasser – Sykehuset Telemark HF</h1>${BEDS}`;
    expect(await pageYears(html)).toEqual([]);
  });
});
