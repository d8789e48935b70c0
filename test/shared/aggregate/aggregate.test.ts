import { describe, expect, it } from "vitest";
import { aggregate, changesBetween } from "../../../shared/aggregate/aggregate";
import { regionalTable } from "../../../shared/aggregate/regional-table";
import { buildPackage } from "../../../shared/package/build-package";
import type { SubmissionPackage } from "../../../shared/package/submission-package";
import { REPORTING_UNITS } from "../../../shared/units/reporting-units";

const FIELD = "beds.phv_adult_total";
const PRIVATE = "beds.private_contracted_phv_adult";
const RHF = "991324968";

const pkg = (
  org: string,
  year: number,
  value: number | undefined,
  extra: { name?: string; values?: Record<string, number | string>; notes?: Record<string, string> } = {},
) =>
  buildPackage({
    unit: { org, name: extra.name ?? "whatever the package says" },
    year,
    templates: { beds: "2025.1" },
    values: { ...(value === undefined ? {} : { [org === RHF ? PRIVATE : FIELD]: value }), ...extra.values },
    notes: extra.notes ?? {},
  });

const TELEMARK = "983975267";
const AKERSHUS = "983971636";
/** The ten units that report adult mental-health beds (not Sunnaas, not the RHF). */
const BED_UNITS = REPORTING_UNITS.filter((unit) => unit.kind !== "rhf" && unit.mentalHealthBeds).map(
  (u) => u.org,
);

/** Every bed unit with `value` for the year, plus the RHF's private figure when given. */
function wholeYear(year: number, value: number, privateBeds?: number): SubmissionPackage[] {
  return [
    ...BED_UNITS.map((org) => pkg(org, year, value)),
    ...(privateBeds === undefined ? [] : [pkg(RHF, year, privateBeds)]),
  ];
}

describe("regional table (aggregate)", () => {
  it("orders rows as the registry does, names units from the registry, and sums a whole year", () => {
    const table = aggregate(
      [...wholeYear(2024, 10).reverse(), pkg(TELEMARK, 2023, 108, { name: "Akershus" })],
      FIELD,
    );
    expect(table.rows.map((row) => row.org)).toEqual(BED_UNITS);
    expect(table.rows.find((row) => row.org === TELEMARK)).toEqual({
      unit: "Sykehuset Telemark HF",
      org: TELEMARK,
      values: { "2023": 108, "2024": 10 },
    });
    expect(table.total).toEqual({ "2024": 100 });
    // The trusts' total for 2024 is whole; the total with private is not (no RHF package).
    expect(table.incomplete).toEqual({
      "2023": [...BED_UNITS.filter((org) => org !== TELEMARK), RHF],
      "2024": [RHF],
    });
  });

  it("marks a year where a unit is missing as incomplete and gives it no total", () => {
    const table = aggregate(
      wholeYear(2024, 10, 20).filter((p) => p.unit.org !== AKERSHUS),
      FIELD,
    );
    expect(table.total).toEqual({});
    expect(table.private).toEqual({ "2024": 20 });
    expect(table.totalWithPrivate).toEqual({});
    expect(table.incomplete).toEqual({ "2024": [AKERSHUS] });
  });

  it("does not miss Sunnaas, which has no mental-health beds, nor the RHF, which reports the private row", () => {
    const table = aggregate(wholeYear(2024, 10, 20), FIELD);
    expect(table.incomplete).toEqual({});
    expect(table.private).toEqual({ "2024": 20 });
    expect(table.totalWithPrivate).toEqual({ "2024": 120 });
  });

  it("adds half beds without binary noise: 258,5 private beds", () => {
    const table = aggregate([...wholeYear(2024, 0.5), pkg(RHF, 2024, 258.5)], FIELD);
    expect(table.total).toEqual({ "2024": 5 });
    expect(table.totalWithPrivate).toEqual({ "2024": 263.5 });
  });

  it("without the RHF's package the total with private is left out and the year names the RHF", () => {
    const table = aggregate(wholeYear(2024, 10), FIELD);
    expect(table.total).toEqual({ "2024": 100 });
    expect(table.private).toEqual({});
    expect(table.totalWithPrivate).toEqual({});
    expect(table.incomplete).toEqual({ "2024": [RHF] });
  });

  it("leaves out and lists a package with errors, an unknown unit and a contradiction", () => {
    const files = [
      { file: "errors.hso.json", pkg: pkg(TELEMARK, 2024, 103.25) },
      { file: "unknown.hso.json", pkg: pkg("123456785", 2024, 50) },
      {
        file: "contradiction.hso.json",
        pkg: pkg(TELEMARK, 2023, 103, { values: { "beds.unit_org": AKERSHUS } }),
      },
      { file: "year.hso.json", pkg: pkg(AKERSHUS, 2023, 103, { values: { "beds.year": 2022 } }) },
      { file: "trust-private.hso.json", pkg: pkg(AKERSHUS, 2024, 217, { values: { [PRIVATE]: 12 } }) },
      { file: "good.hso.json", pkg: pkg(AKERSHUS, 2022, 217) },
    ];
    const table = regionalTable(files, FIELD);
    expect(table.refused).toEqual([
      { file: "errors.hso.json", reason: { code: "validation_errors", errors: 1, codes: ["not_half_step"] } },
      { file: "unknown.hso.json", reason: { code: "unknown_unit", org: "123456785" } },
      {
        file: "contradiction.hso.json",
        reason: { code: "contradiction", field: "beds.unit_org", envelope: TELEMARK, values: AKERSHUS },
      },
      {
        file: "year.hso.json",
        reason: { code: "contradiction", field: "beds.year", envelope: "2023", values: "2022" },
      },
      {
        file: "trust-private.hso.json",
        reason: { code: "validation_errors", errors: 1, codes: ["field_not_asked"] },
      },
    ]);
    expect(table.rows).toEqual([
      { unit: "Akershus universitetssykehus HF", org: AKERSHUS, values: { "2022": 217 } },
    ]);
    expect(table.years).toEqual([2022, 2023, 2024]);
    expect(Object.keys(table.incomplete)).toEqual(["2022", "2023", "2024"]);
  });

  it("leaves out both of two packages for one unit and year that disagree, and counts identical ones once", () => {
    const files = [
      { file: "a.hso.json", pkg: pkg(TELEMARK, 2024, 103) },
      { file: "b.hso.json", pkg: pkg(TELEMARK, 2024, 104) },
      { file: "c.hso.json", pkg: pkg(AKERSHUS, 2024, 217) },
      { file: "d.hso.json", pkg: pkg(AKERSHUS, 2024, 217) },
    ];
    const table = regionalTable(files, FIELD);
    expect(
      table.refused.map((r) => [r.file, r.reason.code, "other" in r.reason ? r.reason.other : ""]),
    ).toEqual([
      ["a.hso.json", "conflicting_duplicate", "b.hso.json"],
      ["b.hso.json", "conflicting_duplicate", "a.hso.json"],
    ]);
    expect(table.rows.map((row) => row.org)).toEqual([AKERSHUS]);
    expect(table.incomplete["2024"]).toContain(TELEMARK);
  });

  it("marks the packages' notes *, **, *** in table order, the private providers' last", () => {
    const table = aggregate(
      [
        pkg(RHF, 2024, 258.5, { notes: { [PRIVATE]: "Kvalitetssikret." } }),
        pkg(TELEMARK, 2024, 103, { notes: { [FIELD]: "Ombygging." } }),
        pkg("983971709", 2021, 190, { notes: { [FIELD]: "Omlegging." } }),
      ],
      FIELD,
    );
    expect(table.footnotes.map((note) => [note.mark, note.org, note.year, note.text, note.private])).toEqual([
      ["*", "983971709", 2021, "Omlegging.", false],
      ["**", TELEMARK, 2024, "Ombygging.", false],
      ["***", RHF, 2024, "Kvalitetssikret.", true],
    ]);
  });

  it("flags changes of 5 beds or 5 % and leaves smaller ones alone", () => {
    const table = aggregate(
      [pkg(TELEMARK, 2023, 108), pkg(TELEMARK, 2024, 104), pkg(AKERSHUS, 2023, 40), pkg(AKERSHUS, 2024, 42)],
      FIELD,
    );
    expect(changesBetween(table, 2023, 2024).map((change) => [change.org, change.needsExplanation])).toEqual([
      [AKERSHUS, true],
      [TELEMARK, false],
    ]);
  });
});

describe("no regional total for what does not add up", () => {
  const activity = (org: string, values: Record<string, number>) =>
    buildPackage({
      unit: { org, name: "x" },
      year: 2025,
      templates: { activity: "2025.1" },
      values: { "activity.unit_org": org, "activity.year": 2025, ...values },
      notes: {},
    });
  const units = REPORTING_UNITS.filter((unit) => unit.kind !== "rhf").map((unit) => unit.org);
  const round = units.map((org) =>
    activity(org, { "activity.wait_days_adult": 45, "activity.referrals_received_adult": 1000 }),
  );

  it("waiting days (a mean) get no total: eleven units of 45 days are never 495 days", () => {
    const table = aggregate(round, "activity.wait_days_adult");
    expect(table.rows.length).toBeGreaterThan(0);
    expect(table.rows.every((row) => row.values["2025"] === 45)).toBe(true);
    expect(table.total).toEqual({});
  });

  it("counts still add up: referrals received", () => {
    const table = aggregate(round, "activity.referrals_received_adult");
    expect(table.total["2025"]).toBe(1000 * table.rows.length);
  });
});
