import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { packageFileName, paperPackages } from "../../examples/paper-packages";
import { aggregate, changesBetween } from "../../shared/aggregate/aggregate";
import { packageText } from "../../shared/package/build-package";
import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { findUnit } from "../../shared/units/reporting-units";

const EXAMPLES = resolve(import.meta.dirname, "../../examples");
const PACKAGES = resolve(EXAMPLES, "packages");
const csv = readFileSync(resolve(EXAMPLES, "data/beds-phv-adult-2020-2024.csv"), "utf8");

/** `UPDATE_EXAMPLES=1 npx vitest run test/examples` rewrites the committed packages from the CSV. */
if (process.env.UPDATE_EXAMPLES === "1") {
  mkdirSync(PACKAGES, { recursive: true });
  for (const pkg of paperPackages(csv)) {
    const name = packageFileName(pkg, findUnit(pkg.unit.org)?.shortName ?? pkg.unit.org);
    writeFileSync(resolve(PACKAGES, name), packageText(pkg));
  }
}

function committedPackages(): SubmissionPackage[] {
  return readdirSync(PACKAGES)
    .filter((file) => file.endsWith(".hso.json"))
    .map((file) => {
      const result = parsePackage(readFileSync(resolve(PACKAGES, file), "utf8"));
      if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
      return result.package;
    });
}

describe("the paper's bed table as packages (examples/packages)", () => {
  it("holds one strict, valid package per unit and year, exactly as built from the CSV", () => {
    expect(existsSync(PACKAGES)).toBe(true);
    const built = paperPackages(csv);
    expect(built).toHaveLength(50);
    const committed = committedPackages();
    const key = (pkg: SubmissionPackage) => `${pkg.unit.org}:${pkg.year}`;
    expect(new Map(committed.map((pkg) => [key(pkg), pkg]))).toEqual(
      new Map(built.map((pkg) => [key(pkg), pkg])),
    );
    expect(committed.every((pkg) => pkg.validation?.errors === 0)).toBe(true);
  });

  it("rebuilds the paper's totals through aggregate: 1533, 1512, 1507, 1509, 1511", () => {
    const table = aggregate(committedPackages(), "beds.phv_adult_total");
    expect(table.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(table.total).toEqual({ "2020": 1533, "2021": 1512, "2022": 1507, "2023": 1509, "2024": 1511 });
    expect(table.rows.map((row) => row.org)).toHaveLength(10);
    expect(table.rows[0]).toMatchObject({ unit: "Akershus universitetssykehus HF", values: { "2024": 217 } });
  });

  it("flags Telemark 108 → 103 in 2024 for explanation, and no other unit that year", () => {
    const table = aggregate(committedPackages(), "beds.phv_adult_total");
    const flagged = changesBetween(table, 2023, 2024).filter((change) => change.needsExplanation);
    expect(flagged).toEqual([
      {
        unit: "Sykehuset Telemark HF",
        org: "983975267",
        from: 108,
        to: 103,
        change: -5,
        percent: -4.6,
        needsExplanation: true,
      },
    ]);
  });

  it("flags Innlandet's reorganisation 208 → 190 in 2021 (the paper's other footnote) and Vestre Viken's 212 → 207", () => {
    const table = aggregate(committedPackages(), "beds.phv_adult_total");
    const flagged = changesBetween(table, 2020, 2021).filter((change) => change.needsExplanation);
    expect(flagged.map((change) => [change.org, change.from, change.to])).toEqual([
      ["983971709", 208, 190],
      ["894166762", 212, 207],
    ]);
  });
});
