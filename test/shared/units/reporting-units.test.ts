import { describe, expect, it } from "vitest";
import { isValidOrgNumber } from "../../../shared/units/org-number";
import { findUnit, findUnitByName, isTrust, REPORTING_UNITS } from "../../../shared/units/reporting-units";

describe("REPORTING_UNITS", () => {
  it("lists the eleven trusts and hospitals of docs/domain.md, then the RHF's agreement management", () => {
    expect(REPORTING_UNITS).toHaveLength(12);
    expect(new Set(REPORTING_UNITS.map((unit) => unit.org)).size).toBe(12);
    expect(REPORTING_UNITS.filter(isTrust)).toHaveLength(11);
    expect(REPORTING_UNITS.at(-1)).toMatchObject({ org: "991324968", kind: "rhf" });
  });

  it.each(REPORTING_UNITS.map((unit) => [unit.name, unit.org]))("%s (%s) passes mod-11", (_name, org) => {
    expect(org).toMatch(/^\d{9}$/);
    expect(isValidOrgNumber(org)).toBe(true);
  });

  it("keeps Vestfold and Sørlandet apart (they are easily swapped)", () => {
    expect(findUnit("983975259")?.shortName).toBe("Vestfold");
    expect(findUnit("983975240")?.shortName).toBe("Sørlandet");
  });

  it("knows the kinds and that Sunnaas has no mental-health beds", () => {
    const privateUnits = REPORTING_UNITS.filter((unit) => unit.kind === "private_nonprofit").map(
      (u) => u.shortName,
    );
    expect(privateUnits).toEqual(["Lovisenberg", "Diakonhjemmet"]);
    expect(
      REPORTING_UNITS.filter((unit) => isTrust(unit) && !unit.mentalHealthBeds).map((u) => u.shortName),
    ).toEqual(["Sunnaas"]);
  });

  it("has unique names and aliases across units", () => {
    const keys = REPORTING_UNITS.flatMap((u) =>
      [u.name, u.shortName, ...u.aliases].map((n) => n.toLowerCase()),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("findUnit", () => {
  it.each([
    ["983975267", "Sykehuset Telemark HF"],
    ["983 975 267", "Sykehuset Telemark HF"],
    ["894\u00a0166\u202f762", "Vestre Viken HF"],
    ["123456785", undefined],
    ["", undefined],
  ])("%j → %j", (org, name) => {
    expect(findUnit(org)?.name).toBe(name);
  });
});

describe("findUnitByName", () => {
  it.each([
    ["Sykehuset Telemark HF", "983975267"],
    ["Lovisenberg Diakonale sykehus", "965985166"],
    ["Diakonhjemmet sykehus", "982791952"],
    ["  oslo   universitetssykehus hf ", "993467049"],
    ["SØRLANDET SYKEHUS HF", "983975240"],
    ["Sykehuset\u00a0i\u00a0Vestfold HF", "983975259"],
    ["Ahus", "983971636"],
    ["Private contracted providers", undefined],
    ["", undefined],
  ])("%j → %j", (name, org) => {
    expect(findUnitByName(name)?.org).toBe(org);
  });

  it("resolves every trust name of the board paper's bed table", () => {
    const names = [
      "Akershus universitetssykehus HF",
      "Sykehuset Innlandet HF",
      "Sykehuset i Vestfold HF",
      "Sykehuset Østfold HF",
      "Sørlandet sykehus HF",
      "Sykehuset Telemark HF",
      "Vestre Viken HF",
      "Oslo universitetssykehus HF",
      "Lovisenberg Diakonale sykehus",
      "Diakonhjemmet sykehus",
    ];
    const orgs = names.map((name) => findUnitByName(name)?.org);
    expect(orgs.every((org) => org !== undefined)).toBe(true);
    expect(new Set(orgs).size).toBe(10);
  });
});
