import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import type { ContentRequest, FrameResult } from "../../../extension/content/content-api";
import { callContent, contentRequest, launchBrowser } from "./browser";

/**
 * One headless browser for a test file: launched before its first test, closed after its last.
 * Call it once at the file's top level; the answer gives the browser inside a test.
 */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error("the browser is launched in beforeAll: use it inside a test");
    return browser;
  };
}

/**
 * Telemark's 2025 beds for the four services, the figures most fill tests put into a form (as
 * forms/adversary-3/packages/telemark-2025-full.hso.json holds them).
 */
export const BEDS_FIGURES = {
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20.5,
};

/** The same beds with the adults' total and the total of all (110 and 142.5), in the package's order. */
export const BEDS_WITH_TOTALS = {
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phv_adult_total": 110,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20.5,
  "beds.all_total": 142.5,
};

/**
 * Expects each marked control (markedValues) to hold what `filled` says for its mark and every
 * other one to be empty: an `x:` box must keep its nothing, and a field not in `filled` was not filled.
 */
export function expectOnlyMarked(held: Record<string, string>, filled: Record<string, string>): void {
  for (const [mark, value] of Object.entries(held))
    expect([mark, value]).toEqual([mark, mark.startsWith("x:") ? "" : (filled[mark] ?? "")]);
}

/**
 * What every control marked `data-k` holds, by its mark: the forms mark each control with the
 * catalogue field it must get, or `x:<name>` for one that must keep what it held.
 */
export function markedValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("[data-k]")].map((element) => [
        (element as HTMLElement).dataset.k as string,
        (element as HTMLInputElement).value ?? "", // a custom element never typed in has none
      ]),
    ),
  );
}

/**
 * Opens a form in a page of its own, runs one fill of `figures` there as the worker would (the
 * request's year 2025 unless `extra` says otherwise) and answers the content script's result and
 * what every marked control holds after. The page is closed whatever happens.
 */
export async function fillHtml(
  browser: Browser,
  html: string,
  figures: Record<string, number | string>,
  extra: Partial<ContentRequest> = {},
  viewport?: { width: number; height: number },
): Promise<{ result: FrameResult; held: Record<string, string> }> {
  const page = await browser.newPage(viewport ? { viewport } : {});
  try {
    await page.setContent(html);
    const request = contentRequest(figures, { year: 2025, ...extra });
    const result = (await callContent(page.mainFrame(), "run", request)) as FrameResult;
    return { result, held: await markedValues(page) };
  } finally {
    await page.close();
  }
}

/** A page of Telemark's 2025 beds form around `body`: its title and heading name the unit and year. */
export function telemarkPage(body: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Døgnplasser 2025 – Sykehuset Telemark HF</title></head><body><h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
${body}</body></html>`;
}
