import { describe, expect, it } from "vitest";
import { unitClues } from "../../../extension/background/unit-clues";
import { REPORTING_UNITS, unitNames } from "../../../shared/units/reporting-units";

const UNITS = REPORTING_UNITS.map((unit) => ({ org: unit.org, name: unit.name, names: unitNames(unit) }));
const named = (text: string) =>
  unitClues([{ text, source: "heading", where: text }], UNITS).map((clue) => clue.value);

describe("unitClues (the worker names the units in the texts a page sent)", () => {
  it("knows a trust with or without HF, and by the short names the units list declares", () => {
    expect(named("Sykehuset i Vestfold – døgnplasser 2025")).toEqual(["983975259"]);
    expect(named("Rapportering for Sykehuset Telemark HF")).toEqual(["983975267"]);
    expect(named("Døgnplasser 2025 – SiV")).toEqual(["983975259"]);
  });

  it("never guesses: a first name, part of a word or the region's name is no unit", () => {
    expect(named("Kontakt: Siv Hansen")).toEqual([]);
    expect(named("Telemarksforskning")).toEqual([]);
    expect(named("Helse Sør-Øst – intranett")).toEqual([]);
  });

  it("says where each was found, once per place", () => {
    const texts = [
      { text: "Sykehuset Telemark HF", source: "heading" as const, where: "Sykehuset Telemark HF" },
      { text: "Sykehuset Telemark HF", source: "heading" as const, where: "Sykehuset Telemark HF" },
      { text: "Telemark", source: "field" as const, where: "Enhet" },
    ];
    expect(unitClues(texts, UNITS)).toEqual([
      { value: "983975267", source: "heading", where: "Sykehuset Telemark HF" },
      { value: "983975267", source: "field", where: "Enhet" },
    ]);
  });
});
