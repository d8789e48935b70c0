import { describe, expect, it } from "vitest";
import {
  explainSharedUnitName,
  explainSharedUnitNames,
  sharedUnitNames,
} from "../../../extension/background/shared-unit-names";
import type { FigureRow } from "../../../extension/messages";
import { REPORTING_UNITS } from "../../../shared/units/reporting-units";

const TELEMARK = "983975267";
/** Vestfold also called "Telemark" (case and spacing aside): a made-up clash, as the registry has none. */
const CLASH = REPORTING_UNITS.map((unit) =>
  unit.org === "983975259" ? { ...unit, aliases: [...unit.aliases, " telemark"] } : unit,
);

describe("names a unit shares with another", () => {
  it("none in today's units list", () => {
    for (const unit of REPORTING_UNITS)
      expect([unit.org, sharedUnitNames(unit.org).size]).toEqual([unit.org, 0]);
  });

  it("a made-up clash: the name, with the other unit's registered name, for both units", () => {
    expect([...sharedUnitNames(TELEMARK, CLASH)]).toEqual([["telemark", ["Sykehuset i Vestfold HF"]]]);
    expect([...sharedUnitNames("983975259", CLASH)]).toEqual([["telemark", ["Sykehuset Telemark HF"]]]);
  });
});

describe("a unit list where only a shared name fits", () => {
  const row = (options: string[], outcome: FigureRow["outcome"] = "no_option"): FigureRow => ({
    ids: ["beds.unit_org"],
    outcome,
    frameUrl: "https://intranett.example.no/skjema",
    options,
  });

  it("is ambiguous, naming the option and the other unit", () => {
    expect(explainSharedUnitName(row(["Vestfold", "TELEMARK"]), TELEMARK, CLASH)).toMatchObject({
      outcome: "ambiguous",
      options: ["TELEMARK"],
      sharedWith: ["Sykehuset i Vestfold HF"],
    });
  });

  it("twins left as they are: no shared name among the options, another outcome, another unit's list", () => {
    const none = row(["Vestfold", "Innlandet"]);
    expect(explainSharedUnitName(none, TELEMARK, CLASH)).toBe(none);
    const filled = row(["Telemark"], "filled");
    expect(explainSharedUnitName(filled, TELEMARK, CLASH)).toBe(filled);
    // With today's list "Telemark" is Telemark's alone: a list without the unit stays "no option".
    expect(explainSharedUnitName(row(["Telemark"]), "983971709")).toMatchObject({ outcome: "no_option" });
  });

  it("only the unit org. no. rows of a report are read", () => {
    const status = { ...row(["Telemark"]), ids: ["plan_status.joint_intake"] };
    const [, unit] = explainSharedUnitNames([status, row(["Telemark"])], TELEMARK, CLASH);
    expect(explainSharedUnitNames([status], TELEMARK, CLASH)).toEqual([status]);
    expect(unit?.outcome).toBe("ambiguous");
  });
});
