import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { activityReturns, type ExampleUnit, planStatusReturns, UNITS } from "../../examples/board-returns";
import { type ExampleReturn, exampleWorkbook } from "../../examples/board-workbooks";
import { capacityPlanReturns } from "../../examples/capacity-plan-returns";
import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";

const ROOT = resolve(import.meta.dirname, "../..");
const BOARD = resolve(ROOT, "examples/board");
const BIN = resolve(ROOT, "bin/hso-report.js");

/** The example sets: each template's returns per unit, oldest year first. */
const SETS: Record<string, (unit: ExampleUnit) => ExampleReturn[]> = {
  activity: activityReturns,
  capacity_plan: capacityPlanReturns,
  plan_status: planStatusReturns,
};

function cli(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
}

function packageAt(file: string): SubmissionPackage {
  const result = parsePackage(readFileSync(file, "utf8"));
  if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
  return result.package;
}

/** Writes each workbook with the CLI's writer, then exports its package with the built CLI, as a user would. */
async function writeExamples(): Promise<void> {
  for (const [template, returns] of Object.entries(SETS)) {
    const folder = join(BOARD, template.replaceAll("_", "-"));
    mkdirSync(folder, { recursive: true });
    for (const unit of Object.keys(UNITS) as ExampleUnit[]) {
      let previous: SubmissionPackage | undefined;
      for (const entry of returns(unit)) {
        const stem = join(folder, `${unit}-${entry.year}`);
        writeFileSync(`${stem}.xlsx`, await exampleWorkbook(entry, previous));
        const exported = cli(["export", `${stem}.xlsx`, "--out", `${stem}.hso.json`]);
        if (exported.status !== 0) throw new Error(`${stem}.xlsx: ${exported.stdout}${exported.stderr}`);
        previous = packageAt(`${stem}.hso.json`);
      }
    }
  }
}

/** `UPDATE_EXAMPLES=1 npx vitest run --configLoader runner test/examples/board-examples.test.ts` rewrites them. */
if (process.env.UPDATE_EXAMPLES === "1") await writeExamples();

describe("the board paper's example returns (examples/board)", () => {
  it.each(Object.keys(SETS))("%s: a workbook and a package for at least three units", (template) => {
    const files = readdirSync(join(BOARD, template.replaceAll("_", "-")));
    const units = new Set(
      files.filter((file) => file.endsWith(".hso.json")).map((file) => file.split("-")[0]),
    );
    expect(units.size).toBeGreaterThanOrEqual(3);
    for (const file of files.filter((name) => name.endsWith(".hso.json"))) {
      expect(files, file).toContain(file.replace(".hso.json", ".xlsx"));
      expect(Object.keys(packageAt(join(BOARD, template.replaceAll("_", "-"), file)).templates)).toEqual([
        template,
      ]);
    }
  });

  it("validate finds no error and no warning in any of them, workbook or package (exit 0)", () => {
    const run = cli(["validate", "examples/board", "--json"]);
    const results = JSON.parse(run.stdout).results as {
      file: string;
      issues: { severity: string; code: string }[];
    }[];
    const findings = results.flatMap((result) =>
      result.issues
        .filter((issue) => issue.severity !== "info")
        .map((issue) => `${result.file}: ${issue.code}`),
    );
    expect(findings).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(Object.keys(SETS).length * 6);
    expect(run.status).toBe(0);
  });
});
