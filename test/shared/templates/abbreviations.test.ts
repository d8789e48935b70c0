import { describe, expect, it } from "vitest";
import { spelledBothWays, spelledNames } from "../../../shared/templates/abbreviations";

describe("the catalogue's abbreviations, both ways", () => {
  it("spells an abbreviation out and a spelled-out phrase as its abbreviation", () => {
    expect(spelledBothWays("PHBU, i alt")).toContain("psykisk helsevern for barn og unge, i alt");
    expect(spelledBothWays("TSB, i alt")).toContain("tverrfaglig spesialisert rusbehandling, i alt");
    expect(spelledBothWays("Psykisk helsevern for barn og unge, i alt")).toContain("PHBU, i alt");
    expect(spelledBothWays("PHV voksne, DPS")).toEqual(
      expect.arrayContaining([
        "psykisk helsevern for voksne voksne, DPS",
        "PHV voksne, distriktspsykiatrisk senter",
      ]),
    );
  });

  it("leaves words alone that only look like an abbreviation", () => {
    // Inside a word ("DPSen", "TSB-2") or another case ("dps") is no abbreviation of the catalogue.
    expect(spelledBothWays("DPSen og TSBX")).toEqual([]);
    expect(spelledBothWays("Sykefravær (%)")).toEqual([]);
  });

  it("gives a field's names spelled the other way, only the new ones", () => {
    const aliases = spelledNames(
      { nb: "PHBU, i alt", en: "Child and adolescent mental health, total" },
      {
        nb: ["BUP, i alt"],
      },
    );
    expect(aliases.nb).toEqual(
      expect.arrayContaining([
        "psykisk helsevern for barn og unge, i alt",
        "barne- og ungdomspsykiatri, i alt",
      ]),
    );
    expect(aliases.nb).not.toContain("PHBU, i alt");
    expect(aliases.nb).not.toContain("BUP, i alt");
    expect(aliases.en).toEqual([]);
  });
});
