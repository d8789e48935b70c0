// A capacity plan's page is titled with its plan period ("Kapasitetsplan 2026–2032"): a span of
// years is the period the plan covers, not the year the figures are reported for, so it neither
// refuses the plan made in 2025 nor confirms any year (test/e2e/forms/adversary-3/FINDINGS.md, A8).
// Run on the content script's identity call as the worker makes it.
import { describe, expect, it } from "vitest";
import { yearsOfLines } from "../../extension/background/year-lines";
import type { PageIdentity } from "../../extension/content/content-api";
import { callContent } from "./forms/browser";
import { browserForFile } from "./forms/fill-page";

const browser = browserForFile();

/** The years the worker takes from the page: its year clues and the lines that say a year. */
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

describe("a span of years in the title or a heading", () => {
  it("'Kapasitetsplan 2026–2032' names no year of the page", async () => {
    const html = `<!doctype html><html lang="nb"><head><title>Kapasitetsplan 2026–2032 – Sykehuset Telemark HF</title></head>
<body><h1>Kapasitetsplan: planlagte døgnplasser</h1><h2>Periode 2026-2032</h2></body></html>`;
    expect(await pageYears(html)).toEqual([]);
  });

  it("a year beside the span still counts: 'Kapasitetsplan 2026–2032 (laget 2025)' gives 2025", async () => {
    const html = `<!doctype html><html lang="nb"><head><title>Skjema</title></head>
<body><h1>Kapasitetsplan 2026–2032 (laget 2025)</h1></body></html>`;
    expect(await pageYears(html)).toEqual(["2025"]);
  });

  it("a single year in a heading is the page's year, as before: 'Døgnplasser 2024'", async () => {
    expect(await pageYears("<h1>Døgnplasser 2024</h1>")).toEqual(["2024"]);
  });
});
