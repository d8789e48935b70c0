import { describe, expect, it } from "vitest";
import { expectedCount, readyCount, returnStatus } from "../../../shared/aggregate/return-status";
import { buildPackage } from "../../../shared/package/build-package";
import { TEMPLATES, templatesAskedIn } from "../../../shared/templates/catalogue";
import type { TemplateId } from "../../../shared/templates/field";
import { REPORTING_UNITS } from "../../../shared/units/reporting-units";
import { expectedTemplates } from "../../../shared/units/unit-returns";

const RHF = "991324968";
/** The templates these rounds fill in; a template added to the catalogue later is judged by its own tests. */
const ROUND: TemplateId[] = ["beds", "staffing"];
const SUNNAAS = "883971752";
const TELEMARK = "983975267";

const STAFFING = {
  "staffing.senior_consultants_headcount": 60,
  "staffing.lis3_phbu_headcount": 5,
  "staffing.lis3_phv_adult_headcount": 20,
  "staffing.psychologists_headcount": 90,
  "staffing.psychologist_specialists_headcount": 50,
};

function pkg(org: string, year: number, values: Record<string, number | string>, templates: TemplateId[]) {
  return buildPackage({
    unit: { org, name: "x" },
    year,
    templates: Object.fromEntries(templates.map((id) => [id, TEMPLATES[id].version])),
    values,
    validation: { errors: 0, warnings: 0, validatedAt: `${year + 1}-02-15T10:00:00Z`, validator: "1" },
  });
}

/** The beds a unit reports: the RHF its private providers', a trust its own, counted in November. */
function bedsOf(org: string, year: number, beds: number): Record<string, number | string> {
  if (org === RHF) return { "beds.private_contracted_phv_adult": 258.5 };
  return { "beds.phv_adult_total": beds, "beds.count_date": `${year}-11-15` };
}

/** Every return each unit owes for the year, clean. */
function fullRound(year: number, beds = 100) {
  return REPORTING_UNITS.map((unit) => {
    const owed = expectedTemplates(unit).filter((id) => ROUND.includes(id));
    const values = {
      ...(owed.includes("beds") ? bedsOf(unit.org, year, beds) : {}),
      ...(owed.includes("staffing") ? STAFFING : {}),
    };
    return { file: `${unit.shortName}-${year}.hso.json`, pkg: pkg(unit.org, year, values, owed) };
  });
}

describe("returnStatus (who has sent what)", () => {
  it("lists every unit × every template of the catalogue, Sunnaas owing no beds and the RHF only beds", () => {
    const table = returnStatus([], 2024);
    expect(table.templates).toEqual(templatesAskedIn(2024));
    expect(table.units.map((row) => row.org)).toEqual(REPORTING_UNITS.map((unit) => unit.org));
    const sunnaas = table.units.find((row) => row.org === SUNNAAS);
    expect(sunnaas?.returns.beds?.state).toBe("not_expected");
    expect(sunnaas?.returns.staffing?.state).toBe("missing");
    const rhf = table.units.find((row) => row.org === RHF);
    expect(Object.entries(rhf?.returns ?? {}).map(([id, cell]) => [id, cell.state])).toEqual(
      templatesAskedIn(2024).map((id) => [id, id === "beds" ? "missing" : "not_expected"]),
    );
    expect(table.complete).toBe(false);
  });

  it("is complete when every unit has sent every return it owes, clean", () => {
    const table = returnStatus(fullRound(2024), 2024, ROUND);
    const states = new Set(
      table.units.flatMap((row) => Object.values(row.returns).map((cell) => cell.state)),
    );
    expect([...states].sort()).toEqual(["not_expected", "ready"]);
    expect(table.complete).toBe(true);
    expect(table.units[0]?.lastChange).toBe("2025-02-15T10:00:00Z");
  });

  it("is not complete while a return carries warnings only: warnings is not ready", () => {
    const round = fullRound(2024).map((entry) => {
      if (entry.pkg.unit.org !== TELEMARK) return entry;
      const { "beds.count_date": _dropped, ...values } = entry.pkg.values;
      return { ...entry, pkg: buildPackage({ ...entry.pkg, values }) };
    });
    const table = returnStatus(round, 2024, ROUND);
    const telemark = table.units.find((row) => row.org === TELEMARK);
    expect(telemark?.returns.beds).toMatchObject({ state: "warnings", errors: 0 });
    expect(telemark?.returns.beds?.warnings).toBeGreaterThan(0);
    expect(table.complete).toBe(false);
    expect(readyCount(table)).toBe(expectedCount(table) - 1);
  });

  it("counts a change against last year's package left unexplained, and an explained one not", () => {
    const last = fullRound(2023, 100);
    const now = fullRound(2024, 100).map((entry) =>
      entry.pkg.unit.org === TELEMARK
        ? {
            ...entry,
            pkg: buildPackage({ ...entry.pkg, values: { ...entry.pkg.values, "beds.phv_adult_total": 90 } }),
          }
        : entry,
    );
    const table = returnStatus([...last, ...now], 2024, ROUND);
    const telemark = table.units.find((row) => row.org === TELEMARK);
    expect(telemark?.returns.beds).toMatchObject({ state: "errors", unexplained: 1 });
    expect(telemark?.unexplained).toBe(1);
    expect(table.unexplained).toEqual([
      expect.objectContaining({
        org: TELEMARK,
        field: "beds.phv_adult_total",
        params: expect.objectContaining({ previous: 100, current: 90 }),
      }),
    ]);
    expect(table.complete).toBe(false);
    const explained = now.map((entry) =>
      entry.pkg.unit.org === TELEMARK
        ? { ...entry, pkg: buildPackage({ ...entry.pkg, notes: { "beds.phv_adult_total": "Ombygging." } }) }
        : entry,
    );
    expect(returnStatus([...last, ...explained], 2024, ROUND).complete).toBe(true);
  });

  it("counts a planned change of 5 beds or more without its reason as unexplained (capacity plan)", () => {
    const org = TELEMARK;
    const plan = (notes: Record<string, string>) =>
      buildPackage({
        unit: { org, name: "x" },
        year: 2025,
        templates: { capacity_plan: TEMPLATES.capacity_plan.version },
        values: {
          "capacity_plan.unit_org": org,
          "capacity_plan.year": 2025,
          ...Object.fromEntries(
            [2026, 2027, 2028, 2029, 2030, 2031, 2032].map((y) => [
              `capacity_plan.phv_adult_${y}`,
              y < 2029 ? 110 : 116,
            ]),
          ),
        },
        notes,
      });
    const unexplained = returnStatus([{ file: "plan.hso.json", pkg: plan({}) }], 2025, ["capacity_plan"]);
    expect(unexplained.units.find((row) => row.org === org)?.unexplained).toBe(1);
    expect(unexplained.unexplained).toEqual([
      expect.objectContaining({
        org,
        field: "capacity_plan.phv_adult_2029",
        params: expect.objectContaining({ previous: 110, current: 116 }),
      }),
    ]);
    const reasoned = plan({ "capacity_plan.phv_adult_2029": "Ny post ved Kragerø." });
    expect(
      returnStatus([{ file: "plan.hso.json", pkg: reasoned }], 2025, ["capacity_plan"]).units.find(
        (row) => row.org === org,
      )?.unexplained,
    ).toBe(0);
  });

  it("shows two disagreeing packages as a conflict and refuses an unknown unit", () => {
    const round = fullRound(2024);
    const telemark = round.find((entry) => entry.pkg.unit.org === TELEMARK);
    if (!telemark) throw new Error("no Telemark");
    const other = buildPackage({
      ...telemark.pkg,
      values: { ...telemark.pkg.values, "beds.phv_adult_total": 101 },
    });
    const stranger = pkg("123456785", 2024, STAFFING, ["staffing"]);
    const table = returnStatus(
      [...round, { file: "again.hso.json", pkg: other }, { file: "stranger.hso.json", pkg: stranger }],
      2024,
      ROUND,
    );
    expect(table.units.find((row) => row.org === TELEMARK)?.returns.beds?.state).toBe("conflict");
    expect(table.refused).toEqual([
      { file: "stranger.hso.json", reason: { code: "unknown_unit", org: "123456785" } },
    ]);
    expect(table.complete).toBe(false);
  });

  it("names every copy of a return in conflict and counts none of them ready; agreeing copies are one return", () => {
    const round = fullRound(2024);
    const telemark = round.find((entry) => entry.pkg.unit.org === TELEMARK);
    if (!telemark) throw new Error("no Telemark");
    const same = { file: "kopi.hso.json", pkg: telemark.pkg };
    const agreeing = returnStatus([...round, same], 2024, ROUND);
    expect(agreeing.units.find((row) => row.org === TELEMARK)?.returns.beds).toMatchObject({
      state: "ready",
      file: telemark.file,
    });
    expect(agreeing.complete).toBe(true);
    // Same figures, another explanation: which copy is the return cannot be told either.
    const noted = buildPackage({ ...telemark.pkg, notes: { "beds.phv_adult_total": "Ombygging." } });
    const table = returnStatus([...round, { file: "ny.hso.json", pkg: noted }], 2024, ROUND);
    const beds = table.units.find((row) => row.org === TELEMARK)?.returns.beds;
    expect(beds).toMatchObject({ state: "conflict", conflicting: [telemark.file, "ny.hso.json"] });
    expect(readyCount(table)).toBe(readyCount(agreeing) - 1);
    expect(table.complete).toBe(false);
  });

  it("never picks one of last year's copies that disagree: changes unchecked, one warning, both files named", () => {
    const last = fullRound(2023, 100);
    const now = fullRound(2024, 100);
    const telemark = last.find((entry) => entry.pkg.unit.org === TELEMARK);
    if (!telemark) throw new Error("no Telemark");
    // Against the second copy (90) this year's 100 is a change to explain; against the first it is none.
    const other = buildPackage({
      ...telemark.pkg,
      values: { ...telemark.pkg.values, "beds.phv_adult_total": 90 },
    });
    const clean = returnStatus([...last, ...now], 2024, ROUND);
    expect(clean.units.find((row) => row.org === TELEMARK)?.returns.beds?.state).toBe("ready");
    const table = returnStatus([...last, { file: "annen-2023.hso.json", pkg: other }, ...now], 2024, ROUND);
    const beds = table.units.find((row) => row.org === TELEMARK)?.returns.beds;
    expect(beds).toMatchObject({
      state: "warnings",
      warnings: 1,
      unexplained: 0,
      previousConflicting: [telemark.file, "annen-2023.hso.json"],
    });
    expect(table.unexplained).toEqual([]);
    expect(table.complete).toBe(false);
  });
});
