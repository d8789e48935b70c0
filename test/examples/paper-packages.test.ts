import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { packageFileName, paperPackages } from "../../examples/paper-packages";
import { aggregate, changesBetween } from "../../shared/aggregate/aggregate";
import { packageText } from "../../shared/package/build-package";
import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { findUnit, findUnitByName } from "../../shared/units/reporting-units";

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
    // Ten units × five years, and the RHF's five for the private providers.
    expect(built).toHaveLength(55);
    // The paper's packages are the beds ones; staffing examples sit beside them.
    const committed = committedPackages().filter((pkg) => pkg.templates.beds !== undefined);
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

  it("rebuilds the paper's whole table: private providers, the total with them, the change and the footnotes", () => {
    const table = aggregate(committedPackages(), "beds.phv_adult_total");
    expect(table.refused).toEqual([]);
    expect(table.incomplete).toEqual({});
    expect(table.private).toEqual({ "2020": 234, "2021": 244, "2022": 230, "2023": 241, "2024": 258.5 });
    expect(table.totalWithPrivate).toEqual({
      "2020": 1767,
      "2021": 1756,
      "2022": 1737,
      "2023": 1750,
      "2024": 1769.5,
    });
    expect((table.totalWithPrivate?.["2024"] ?? 0) - (table.totalWithPrivate?.["2023"] ?? 0)).toBe(19.5);
    expect((table.total["2024"] ?? 0) - (table.total["2023"] ?? 0)).toBe(2);
    expect(table.footnotes.map((note) => [note.mark, findUnit(note.org)?.shortName, note.year])).toEqual([
      ["*", "Innlandet", 2021],
      ["**", "Telemark", 2024],
      ["***", "Helse Sør-Øst", 2024],
    ]);
  });

  it("matches every figure of the CSV typed from the paper, totals rows included", () => {
    const table = aggregate(committedPackages(), "beds.phv_adult_total");
    const lines = csv
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(","));
    const figures = (label: string) =>
      lines
        .find(([name]) => name === label)
        ?.slice(1, 6)
        .map(Number);
    const years = ["2020", "2021", "2022", "2023", "2024"];
    expect(years.map((year) => table.total[year])).toEqual(figures("TOTAL trusts and hospitals"));
    expect(years.map((year) => table.private?.[year])).toEqual(figures("Private contracted providers"));
    expect(years.map((year) => table.totalWithPrivate?.[year])).toEqual(figures("TOTAL including private"));
    for (const row of table.rows) {
      const name = lines.find(([label = ""]) => findUnitByName(label)?.org === row.org)?.[0] ?? "";
      expect(years.map((year) => row.values[year])).toEqual(figures(name));
    }
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
