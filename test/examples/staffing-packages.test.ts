import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { packageFileName } from "../../examples/paper-packages";
import { REGIONAL_STAFFING, shares, staffingPackages } from "../../examples/staffing-packages";
import { aggregate } from "../../shared/aggregate/aggregate";
import { packageText } from "../../shared/package/build-package";
import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { findUnit } from "../../shared/units/reporting-units";

const PACKAGES = resolve(import.meta.dirname, "../../examples/packages");
const fileOf = (pkg: SubmissionPackage) =>
  packageFileName(pkg, `${findUnit(pkg.unit.org)?.shortName ?? pkg.unit.org}-bemanning`);

/** `UPDATE_EXAMPLES=1 npx vitest run test/examples` rewrites the committed staffing packages. */
if (process.env.UPDATE_EXAMPLES === "1") {
  for (const pkg of staffingPackages()) writeFileSync(resolve(PACKAGES, fileOf(pkg)), packageText(pkg));
}

function committed(): SubmissionPackage[] {
  return readdirSync(PACKAGES)
    .filter((file) => file.includes("-bemanning-"))
    .map((file) => {
      const parsed = parsePackage(readFileSync(resolve(PACKAGES, file), "utf8"));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error.code}`);
      return parsed.package;
    });
}

describe("staffing example packages (examples/packages/*-bemanning-*)", () => {
  it("are committed exactly as built: eleven trusts and hospitals × 2020–2025, none with errors", () => {
    const built = staffingPackages();
    expect(built).toHaveLength(66);
    for (const pkg of built) expect(existsSync(resolve(PACKAGES, fileOf(pkg))), fileOf(pkg)).toBe(true);
    const key = (pkg: SubmissionPackage) => `${pkg.unit.org}:${pkg.year}`;
    expect(new Map(committed().map((pkg) => [key(pkg), pkg]))).toEqual(
      new Map(built.map((pkg) => [key(pkg), pkg])),
    );
    expect(built.every((pkg) => pkg.validation?.errors === 0)).toBe(true);
  });

  it("add up to the paper's regional figures: senior consultants 651 → 755, LIS3 258 in 2023 → 281", () => {
    const senior = aggregate(committed(), "staffing.senior_consultants_headcount");
    expect(senior.total["2020"]).toBe(651);
    expect(senior.total["2025"]).toBe(755);
    const lis3 = (year: string) =>
      (aggregate(committed(), "staffing.lis3_phbu_headcount").total[year] ?? 0) +
      (aggregate(committed(), "staffing.lis3_phv_adult_headcount").total[year] ?? 0);
    expect(lis3("2023")).toBe(258);
    expect(lis3("2025")).toBe(281);
    expect(senior.refused).toEqual([]);
    expect(senior.incomplete).toEqual({});
  });

  it("split a regional figure so the parts sum exactly", () => {
    for (const { senior } of Object.values(REGIONAL_STAFFING)) {
      expect(Object.values(shares(senior)).reduce((sum, part) => sum + part, 0)).toBe(senior);
    }
  });
});
