// Round 7's columns named by words the rules did not know (test/e2e/forms/adversary-7/FINDINGS.md):
// last year as "Fj.år", "Fjor", "Fj.", "Foreg. år", "Forr. periode", "T-1", "LY", "Sist rapportert",
// "Opprinnelig" (E1–E8; extension/i18n/form-words.ts LAST_YEAR), "Tall -24" (E25, content/words.ts
// yearsIn), the country's column
// "Norge" (E19), a part of the year "3. tertial 2025" or "Hittil i år" (E20, E21), a part of sick
// leave "Legemeldt (%)" (E23), a norm "Normerte plasser" (E24) and a plan's or target's column
// "Plan 2025", "Mål 2025" (E9: background/measure-words.ts).
// Each took the figures whose only box it held. Now none of those boxes gets anything; the twin,
// the same header said as this year's, is filled, so it is the word that keeps the figure out.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { callContent, contentRequest } from "./forms/browser";
import { browserForFile, markedValues } from "./forms/fill-page";

const browser = browserForFile();

const FORMS = resolve(import.meta.dirname, "forms/adversary-7");
const packageValues = (file: string) =>
  Object.fromEntries(
    Object.entries(
      JSON.parse(readFileSync(resolve(import.meta.dirname, "../..", file), "utf8")).values,
    ).filter(([, value]) => typeof value === "number"),
  ) as Record<string, number>;
const BEDS_AND_STAFFING = packageValues("test/e2e/forms/adversary-3/packages/telemark-2025-full.hso.json");
const ACTIVITY = packageValues("examples/board/activity/telemark-2025.hso.json");

/** Fills a form with the package's figures; answers every marked box before and after. */
async function fill(html: string, figures: Record<string, number>) {
  const page = await browser().newPage();
  try {
    await page.setContent(html.replace(/<script src="state\.js"[^>]*><\/script>/, ""));
    const before = await markedValues(page);
    await callContent(page.mainFrame(), "run", contentRequest(figures, { year: 2025 }));
    return { before, after: await markedValues(page) };
  } finally {
    await page.close();
  }
}

/** The round-7 form, its header that keeps figures out, and a box that header alone keeps empty. */
const CASES: Array<[form: string, header: string, decoy: string, figures?: Record<string, number>]> = [
  ["e01-fjaar-abbrev", "<th>Fj.år</th>", "x:ly-phbu"],
  ["e04-fjor-na", "<th>Fjor</th>", "x:ly-phbu"],
  ["e25-abbr-title-fj", '<abbr title="Fjorårets tall">Fj.</abbr>', "x:ly-phbu"],
  ["e36-foreg-aar", "<th>Foreg. år</th>", "x:ly-phbu"],
  ["e49-forr-periode", "<th>Forr. periode</th>", "x:ly-phbu"],
  ["e03-t-minus-1", '<th colspan="2">T-1</th>', "x:ly-ssp-p"],
  ["e32-english-ly-cy", "<th>LY</th>", "x:ly-phbu"],
  ["e37-sist-rapportert", "<th>Sist rapportert</th>", "x:ly-phbu"],
  ["e41-opprinnelig-korrigert", "<th>Opprinnelig</th>", "x:orig-phbu"],
  ["e42-norge-hso-eget", "<th>Norge</th>", "x:no-phbu"],
  ["e52-normerte-i-drift", "<th>Normerte plasser</th>", "x:norm-phbu"],
  ["e51-sykefravaer-legemeldt", "<th>Legemeldt (%)</th>", "x:legemeldt"],
  ["e53-hyphen-years", "<th>Tall -24</th>", "x:ly-phbu"],
  ["e11-plan-faktisk", "<th>Plan 2025</th>", "x:plan-phbu"],
  ["e47-maal-resultat", "<th>Mål 2025</th>", "x:goal-phbu"],
  ["a02-tertial", "<th>3. tertial 2025</th>", "x:t3-ref-ch", ACTIVITY],
  ["a03-hittil-i-aar", "<th>Hittil i år (per 31.08.2025)</th>", "x:ytd-ref", ACTIVITY],
];

describe("columns for another year, place, period or measure (adversary round 7)", () => {
  for (const [form, header, decoy, figures = BEDS_AND_STAFFING] of CASES) {
    const html = readFileSync(resolve(FORMS, `${form}.html`), "utf8");

    it(`${form}: no box of another column gets a figure`, async () => {
      expect(html).toContain(header);
      const { before, after } = await fill(html, figures);
      const others = Object.keys(before).filter((key) => key.startsWith("x:"));
      expect(Object.fromEntries(others.map((key) => [key, after[key]]))).toEqual(
        Object.fromEntries(others.map((key) => [key, before[key]])),
      );
    });

    it(`twin, ${form}: the header said as this year's, its box is filled`, async () => {
      const { after } = await fill(
        html.replace(header, header.replace(/>[^<]*</, ">Årets tall (2025)<")),
        figures,
      );
      expect(after[decoy]).not.toBe("");
    });
  }
});

describe("an English form's own words for the catalogue's (adversary round 7, E28)", () => {
  const html = readFileSync(resolve(FORMS, "e39-english-decimals.html"), "utf8");

  it("e39: «Beds, total» is the catalogue's «All beds», written with a decimal point beside its neighbours", async () => {
    const { after } = await fill(html, BEDS_AND_STAFFING);
    expect(after["beds.all_total"]).toBe(String(BEDS_AND_STAFFING["beds.all_total"]));
    expect(after["beds.tsb_total"]).toBe("20.5");
  });

  it("twin: «Beds, total» of last year's return (2024) stays empty", async () => {
    const { after } = await fill(
      html.replace("<label>Beds, total", "<label>Beds, total (2024)"),
      BEDS_AND_STAFFING,
    );
    expect(after["beds.all_total"]).toBe("");
  });
});
