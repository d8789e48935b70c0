import { describe, expect, it } from "vitest";
import { requestUnit } from "../../../extension/background/request-unit";
import { REPORTING_UNITS } from "../../../shared/units/reporting-units";

describe("the unit a fill request carries", () => {
  it("has the registered name and the short names and aliases the units list declares", () => {
    expect(requestUnit("983975267")).toMatchObject({
      org: "983975267",
      name: "Sykehuset Telemark HF",
      names: ["Telemark", "Sykehuset Telemark", "STHF"],
    });
    expect(requestUnit("983975259")?.names).toEqual(["Vestfold", "Sykehuset i Vestfold", "SiV"]);
  });

  it("never the RHF's short name, the region's name on every page", () => {
    expect(requestUnit("991324968")?.names).not.toContain("Helse Sør-Øst");
  });

  it("leaves out a name another unit declares too (case and spacing aside), and knows no unknown org. no.", () => {
    const units = REPORTING_UNITS.map((unit) =>
      unit.org === "983975259" ? { ...unit, aliases: [...unit.aliases, "telemark "] } : unit,
    );
    expect(requestUnit("983975267", units)?.names).toEqual(["Sykehuset Telemark", "STHF"]);
    expect(requestUnit("983975259", units)?.names).toEqual(["Vestfold", "Sykehuset i Vestfold", "SiV"]);
    expect(requestUnit("123456785")).toBeUndefined();
  });
});
