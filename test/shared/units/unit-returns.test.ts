import { describe, expect, it } from "vitest";
import { buildPackage } from "../../../shared/package/build-package";
import { inputFromPackage } from "../../../shared/package/package-input";
import { validate } from "../../../shared/report/validate";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import { findUnit, REPORTING_UNITS } from "../../../shared/units/reporting-units";
import { expectedTemplates, returnProfileOf, templateAskedOf } from "../../../shared/units/unit-returns";

const RHF = "991324968";
const PRIVATE = "beds.private_contracted_phv_adult";

function bedsReport(org: string, values: Record<string, number | string>) {
  const pkg = buildPackage({
    unit: { org, name: "x" },
    year: 2024,
    templates: { beds: TEMPLATES.beds.version },
    values,
  });
  return validate(inputFromPackage(pkg), { templates: ["beds"], phase: "export", year: 2024 });
}

describe("who reports what (unit-returns)", () => {
  it("makes Helse Sør-Øst RHF a unit of its own kind, with the agreement management's profile", () => {
    const rhf = findUnit("991 324 968");
    expect(rhf).toMatchObject({ name: "Helse Sør-Øst RHF", kind: "rhf" });
    expect(returnProfileOf(rhf)).toBe("agreement_management");
    expect(
      REPORTING_UNITS.filter((unit) => returnProfileOf(unit) === "trust_without_beds").map(
        (u) => u.shortName,
      ),
    ).toEqual(["Sunnaas"]);
  });

  it("expects beds of every trust but Sunnaas, and of the RHF only beds", () => {
    const expected = (org: string) =>
      expectedTemplates(
        findUnit(org) ??
          REPORTING_UNITS[0] ?? {
            kind: "hf",
            mentalHealthBeds: true,
            org,
            name: "",
            shortName: "",
            aliases: [],
          },
      );
    expect(expected("983975267")).toEqual(Object.keys(TEMPLATES));
    expect(expected("883971752")).not.toContain("beds");
    expect(expected("883971752")).toContain("staffing");
    expect(expected(RHF)).toEqual(["beds"]);
  });

  it("asks the RHF its private providers' beds and nothing a trust reports", () => {
    const ids = templateAskedOf(TEMPLATES.beds, RHF).fields.map((field) => field.id);
    expect(ids).toEqual(["beds.unit_org", "beds.year", PRIVATE]);
    const trustIds = templateAskedOf(TEMPLATES.beds, "983975267").fields.map((field) => field.id);
    expect(trustIds).not.toContain(PRIVATE);
    expect(trustIds.filter((id) => ids.includes(id))).toEqual(["beds.unit_org", "beds.year"]);
  });

  it("validates the RHF's 258,5 clean, and refuses a quarter bed or a missing figure", () => {
    expect(bedsReport(RHF, { [PRIVATE]: 258.5 }).issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(bedsReport(RHF, { [PRIVATE]: 258.25 }).issues.map((i) => i.code)).toContain("not_half_step");
    expect(bedsReport(RHF, {}).issues.map((i) => `${i.code}@${i.field}`)).toEqual([
      `required_missing@${PRIVATE}`,
    ]);
  });

  it("does not ask a trust for the RHF's figure, and refuses it when a trust gives it", () => {
    const trust = bedsReport("983975267", { "beds.phv_adult_total": 103 });
    expect(trust.issues.map((i) => i.field)).not.toContain(PRIVATE);
    const wrong = bedsReport("983975267", { "beds.phv_adult_total": 103, [PRIVATE]: 5 });
    expect(wrong.ok).toBe(false);
    expect(wrong.issues.map((i) => i.code)).toContain("field_not_asked");
  });

  it("asks for the RHF's explanation when its figure changes by 5 or more", () => {
    const pkg = buildPackage({
      unit: { org: RHF, name: "x" },
      year: 2024,
      templates: { beds: TEMPLATES.beds.version },
      values: { [PRIVATE]: 258.5 },
    });
    const last = buildPackage({
      unit: { org: RHF, name: "x" },
      year: 2023,
      templates: { beds: TEMPLATES.beds.version },
      values: { [PRIVATE]: 241 },
    });
    const report = validate(inputFromPackage(pkg, last), {
      templates: ["beds"],
      phase: "export",
      year: 2024,
    });
    expect(report.issues.map((i) => `${i.code}@${i.field}:${i.severity}`)).toEqual([
      `change_unexplained@${PRIVATE}:error`,
    ]);
  });
});
