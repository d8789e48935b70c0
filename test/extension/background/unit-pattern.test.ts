import { describe, expect, it } from "vitest";
import { unitPattern } from "../../../extension/background/unit-pattern";

/** What a text says of the unit for a Telemark package: "own", "other" or "none" (as control-facts.ts reads it). */
function says(text: string, org = "983975267"): string {
  const match = new RegExp(unitPattern(org) as string, "u").exec(text);
  return match === null ? "none" : match[1] === undefined ? "other" : "own";
}

describe("unitPattern (how a page's texts name the package's unit and the others)", () => {
  it.each([
    ["Sykehuset i Vestfold HF", "other"],
    ["Sykehuset i Vestfold", "other"],
    ["Vestfold", "other"],
    ["SiV – døgnplasser", "other"],
    ["Org.nr. 983 975 259", "other"],
    ["983975259", "other"],
    ["Helse Sør-Øst RHF (sum alle HF)", "other"],
    ["OUS", "other"],
    ["Sykehuset Telemark HF", "own"],
    ["sykehuset telemark", "own"],
    ["STHF", "own"],
    ["Org.nr. 983 975 267", "own"],
    // A text naming both is the package's, wherever in it its own unit stands.
    ["Døgnplasser 2025 – Vestfold og Telemark", "own"],
  ])("%s: %s", (text, verdict) => {
    expect(says(text)).toBe(verdict);
  });

  it.each([
    ["Lokasjon Skien", "other"],
    ["LOKASJON SKIEN", "other"],
    ["Lokasjon: Porsgrunn", "other"],
    ["Behandlingssted Notodden", "other"],
    ["Location Skien", "other"],
    // A location of the unit named with the unit is still a part of it (adversary round 6, D28).
    ["Sykehuset Telemark HF, lokasjon Skien", "other"],
    // Twins: the unit itself, or the word without a place's name after it.
    ["Lokasjon: Sykehuset Telemark HF", "own"],
    ["Lokasjon og adresse", "none"],
    ["Lokasjon", "none"],
    ["Hele foretaket", "none"],
  ])("a location of the unit, %s: %s", (text, verdict) => {
    expect(says(text)).toBe(verdict);
  });

  it.each([
    ["Kontakt: Siv Hansen"],
    ["Telemarksforskning"],
    ["Vestfoldbanen"],
    ["Helse Sør-Øst – intranett"],
    ["PHBU, i alt"],
    ["9839752590"],
    ["Antall døgnplasser 2025"],
  ])("names no unit: %s", (text) => {
    expect(says(text)).toBe("none");
  });

  it("is made for the package's unit: for Vestfold, Telemark is the other", () => {
    expect(says("Sykehuset Telemark HF", "983975259")).toBe("other");
    expect(says("Sykehuset i Vestfold HF", "983975259")).toBe("own");
  });

  it("knows no unknown org. no.", () => {
    expect(unitPattern("123456785")).toBeUndefined();
  });
});
