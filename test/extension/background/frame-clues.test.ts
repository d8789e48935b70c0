import { describe, expect, it } from "vitest";
import { frameClues, verdictOf } from "../../../extension/background/frame-clues";
import { yearsOfLines, yearsOfSteps } from "../../../extension/background/year-lines";

/** An identity answer as the content script sends it (content/page-identity.ts), years from headings. */
const answer = (headingYears: string[], steps?: string[]) => ({
  frameUrl: "https://intranett.example/skjema",
  orgs: [],
  named: [],
  years: headingYears.map((value) => ({ value, source: "heading", where: `Døgnplasser ${value}` })),
  lines: [],
  ...(steps ? { steps } : {}),
});
const yearOf = (result: unknown) => verdictOf(frameClues(result)?.years ?? [], "2025");

describe("a wizard's current step names the year of the boxes it shows (adversary round 7, E15)", () => {
  it("reads each year the step names, dates left out", () => {
    expect(yearsOfSteps(["Steg 2: Bekreft fjorårets tall (2024)"])).toEqual([
      { value: "2024", where: "Steg 2: Bekreft fjorårets tall (2024)" },
    ]);
    expect(yearsOfSteps(["Steg 1: Om enheten", "Steg 4: Send inn (frist 15.02.2026)"])).toEqual([]);
    expect(yearsOfSteps(["Steg 20251: Tall"])).toEqual([]);
  });

  it("a step naming only another year refuses the page whose heading names the package's", () => {
    expect(yearOf(answer(["2025"], ["Steg 2: Bekreft fjorårets tall (2024)"]))).toBe("other");
    expect(yearOf(answer([], ["Steg 2: Bekreft fjorårets tall (2024)"]))).toBe("other");
  });

  it("twin: a step naming the package's year, or none, leaves the verdict to the rest of the page", () => {
    expect(yearOf(answer(["2025"], ["Steg 3: Årets tall (2025)"]))).toBe("same");
    expect(yearOf(answer(["2025"], ["Steg 1: Om enheten"]))).toBe("same");
    expect(yearOf(answer(["2024"], ["Steg 1: Om enheten"]))).toBe("other");
    expect(yearOf(answer([], []))).toBe("unknown");
    // As any clue naming the package's year: the page names it somewhere.
    expect(yearOf(answer(["2024"], ["Steg 3: Årets tall (2025)"]))).toBe("same");
  });

  it("an answer without steps (an older content script) reads as before", () => {
    expect(yearOf(answer(["2025"]))).toBe("same");
    expect(frameClues({ orgs: "no" })).toBeUndefined();
  });
});

describe("yearsOfLines (unchanged by the step's reading)", () => {
  it("reads the figures' year of a line, a deadline's date left out", () => {
    expect(yearsOfLines(["Frist for rapportering: 15.02.2025 (gjelder tall per november 2024)"])).toEqual([
      { value: "2024", where: "Frist for rapportering: 15.02.2025 (gjelder tall per november 2024)" },
    ]);
    expect(yearsOfLines(["Kontroller mot fjorårets innsending (2024)"])).toEqual([]);
  });
});
