import { describe, expect, it } from "vitest";
import { REPORTING_UNITS, unitNames } from "../../../shared/units/reporting-units";

const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

describe("the names a page may call a unit by (page identity, adversary round 2 M8)", () => {
  it("are the short names and aliases the units list declares", () => {
    const telemark = REPORTING_UNITS.find((unit) => unit.org === "983975267");
    const vestfold = REPORTING_UNITS.find((unit) => unit.org === "983975259");
    expect(telemark && unitNames(telemark)).toEqual(["Telemark", "Sykehuset Telemark", "STHF"]);
    expect(vestfold && unitNames(vestfold)).toContain("SiV");
  });

  it("leave out the region's name: 'Helse Sør-Øst' is on every page of its intranet", () => {
    const rhf = REPORTING_UNITS.find((unit) => unit.kind === "rhf");
    expect(rhf && unitNames(rhf)).not.toContain("Helse Sør-Øst");
  });

  it("never name another unit: no unit's name is found among another unit's words", () => {
    for (const unit of REPORTING_UNITS) {
      for (const other of REPORTING_UNITS) {
        if (other === unit) continue;
        const theirs = [other.name, ...unitNames(other)].map(words);
        for (const name of [unit.name, ...unitNames(unit)])
          expect([name, theirs.some((text) => text.includes(words(name)))]).toEqual([name, false]);
      }
    }
  });
});
