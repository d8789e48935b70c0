// The units of measure a form's headers and headings state, and the kinds of figure they rule out
// (adversary round 4, B1/B2): a count never where a rate, share or mean is said.
import { describe, expect, it } from "vitest";
import { catalogueNames } from "../../../extension/background/catalogue-names";
import { measureWords } from "../../../extension/background/measure-words";
import type { FigureKind } from "../../../extension/content/content-api";

/** Whether a text, as a form states it, rules a figure of this kind out. */
function rulesOut(text: string, kind: FigureKind): boolean {
  return measureWords().some(
    (measure) => measure.unfit.includes(kind) && new RegExp(measure.says, "iu").test(text),
  );
}

describe("measure words rule counts out of rates, shares and means", () => {
  it.each([
    "Per 10 000 innbyggere",
    "Døgnplasser per 10 000 innbyggere (18 år og eldre)",
    "Årsverk per 100 000 innb.",
    "Plasser pr. 1000 innbyggere",
    "Beds per 10,000 inhabitants",
    "Sykefravær, antall dager per årsverk",
    "Døgnplasser i prosent av landsgjennomsnittet",
    "Andel av alle (%)",
    "Andel kvinner (%)",
    "Stillingsprosent (snitt)",
    "Gjennomsnittlig antall døgnplasser",
    "Share of all",
    "Rate",
    "Average",
    "Antall dager",
  ])("a count of beds, persons or FTEs never goes under «%s»", (text) => {
    for (const kind of ["beds", "headcount", "fte", "count", "places"] as const)
      expect(rulesOut(text, kind), kind).toBe(true);
  });

  it.each([
    "Antall",
    "Antall døgnplasser per 31.12.2024",
    "Døgnplasser per 19.11.2025",
    "Årsverk",
    "Personer",
    "Behandlingsplasser",
    "Leger i alt",
    "Planlagt 2027",
    "Separate",
    "Bed days, adults",
  ])("a count may still go under «%s»", (text) => {
    for (const kind of ["beds", "headcount", "fte", "count", "places"] as const)
      expect(rulesOut(text, kind), kind).toBe(false);
  });

  it("a percentage goes where a percent is said, never where days or a rate per 10 000 are", () => {
    expect(rulesOut("Sykefravær (%)", "percent")).toBe(false);
    expect(rulesOut("Sykefravær i prosent", "percent")).toBe(false);
    expect(rulesOut("Gjennomsnittlig sykefravær (%)", "percent")).toBe(false);
    expect(rulesOut("Sykefravær, antall dager per årsverk", "percent")).toBe(true);
    expect(rulesOut("Sykefravær (dager)", "percent")).toBe(true);
    expect(rulesOut("Per 10 000 innbyggere", "percent")).toBe(true);
    expect(rulesOut("Sykefravær\nPersoner", "percent")).toBe(true);
    expect(rulesOut("Sykefravær\nAntall", "percent")).toBe(true);
    expect(rulesOut("Sykefravær i prosent av avtalte årsverk", "percent")).toBe(false);
    expect(rulesOut("Sykefravær\nÅrsverk (%)", "percent")).toBe(false);
  });

  it("a waiting time in days goes under a mean in days, never under a percent", () => {
    expect(rulesOut("Gjennomsnittlig ventetid (dager)", "days")).toBe(false);
    expect(rulesOut("Ventetid, andel (%)", "days")).toBe(true);
  });

  it("no catalogue field's own name states a measure its kind is unfit for", () => {
    for (const field of catalogueNames()) {
      const names = [
        field.labels.nb,
        field.labels.en,
        ...(field.aliases?.nb ?? []),
        ...(field.aliases?.en ?? []),
        ...(field.spelled?.nb ?? []),
        ...(field.spelled?.en ?? []),
      ];
      for (const name of names) expect(rulesOut(name, field.kind), `${field.id}: ${name}`).toBe(false);
    }
  });

  it("rules out only numbers' places: a comment, a year or a status is never ruled out", () => {
    for (const kind of ["note", "year", "org", "date", "status", "choice"] as const)
      expect(rulesOut("Kommentar til andel (%) per 10 000 innbyggere, gjennomsnitt i dager", kind)).toBe(
        false,
      );
  });
});
