import { describe, expect, it } from "vitest";
import { assemblePackage, identityOf } from "../../../shared/package/assemble-package";
import { packageText } from "../../../shared/package/build-package";
import { parsePackage } from "../../../shared/package/parse-package";
import { validate } from "../../../shared/report/validate";

const NOW = new Date("2025-11-20T10:00:00.123Z");

function judged(values: Record<string, string | number>) {
  return validate({ values }, { templates: ["beds"], phase: "export" });
}

describe("identityOf", () => {
  it("reads the unit and year from the first template that has them", () => {
    const values = { "beds.unit_org": "", "staffing.unit_org": "983 975 267", "beds.year": "2024" };
    expect(identityOf(values, ["beds", "staffing"])).toEqual({ org: "983975267", year: 2024 });
  });

  it("leaves out what it cannot read: no default unit, no year 0", () => {
    expect(identityOf({ "beds.unit_org": "12", "beds.year": 2024.5 }, ["beds"])).toEqual({});
  });
});

describe("assemblePackage", () => {
  it("signs a package any reader accepts, notes trimmed and blank notes left out", () => {
    const report = judged({ "beds.unit_org": "983975267", "beds.year": 2024, "beds.phv_adult_total": 103 });
    const assembled = assemblePackage({
      templates: ["beds"],
      report,
      notes: { "beds.phv_adult_total": "  Ombygging  ", "beds.tsb_total": " " },
      validatedAt: NOW,
    });
    if (!assembled.ok) throw new Error("refused");
    expect(assembled.pkg.unit).toEqual({ org: "983975267", name: "Sykehuset Telemark HF" });
    expect(assembled.pkg.templates).toEqual({ beds: "2025.1" });
    expect(assembled.pkg.notes).toEqual({ "beds.phv_adult_total": "Ombygging" });
    expect(assembled.pkg.validation?.validatedAt).toBe("2025-11-20T10:00:00Z");
    expect(parsePackage(packageText(assembled.pkg)).ok).toBe(true);
  });

  it("keeps the template version the workbook was made with", () => {
    const report = judged({ "beds.unit_org": "983975267", "beds.year": 2024 });
    const assembled = assemblePackage({
      templates: ["beds"],
      versions: { beds: "2024.9" },
      report,
      notes: {},
      validatedAt: NOW,
    });
    expect(assembled.ok && assembled.pkg.templates).toEqual({ beds: "2024.9" });
  });

  it("refuses without a readable unit, and without a year", () => {
    const noUnit = assemblePackage({
      templates: ["beds"],
      report: judged({ "beds.year": 2024 }),
      notes: {},
      validatedAt: NOW,
    });
    expect(noUnit).toEqual({ ok: false, missing: "unit" });
    const noYear = assemblePackage({
      templates: ["beds"],
      report: judged({ "beds.unit_org": "983975267" }),
      notes: {},
      validatedAt: NOW,
    });
    expect(noYear).toEqual({ ok: false, missing: "year" });
  });
});
