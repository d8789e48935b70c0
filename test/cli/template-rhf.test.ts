import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";

const folders = temporaryFolders("hso-template-rhf");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const PRIVATE = "beds.private_contracted_phv_adult";

async function namesOf(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as never);
  const model = (workbook.definedNames as unknown as { model: { name: string }[] }).model;
  return model.map((entry) => entry.name).filter((name) => name.startsWith("beds."));
}

describe("the beds template asks each unit what it reports", { timeout: 60_000 }, () => {
  it("the RHF's asks its private providers' beds and nothing a trust reports", async () => {
    const out = join(folders.make(), "rhf.xlsx");
    const run = await runCli(["template", "beds", "--unit", "991324968", "--year", "2025", "--out", out]);
    expect(run.code).toBe(0);
    expect((await namesOf(out)).sort()).toEqual([
      "beds.private_contracted_phv_adult",
      "beds.unit_org",
      "beds.year",
    ]);
    const check = await runCli(["validate", out, "--json"]);
    const issues = JSON.parse(check.stdout).results[0].issues.map(
      (i: { code: string; field: string }) => `${i.code}@${i.field}`,
    );
    expect(issues).toEqual([`required_missing@${PRIVATE}`]);
  });

  it("a trust's does not ask the private providers' beds", async () => {
    const out = join(folders.make(), "telemark.xlsx");
    expect(
      (await runCli(["template", "beds", "--unit", "983975267", "--year", "2025", "--out", out])).code,
    ).toBe(0);
    const names = await namesOf(out);
    expect(names).toContain("beds.phv_adult_total");
    expect(names).not.toContain(PRIVATE);
  });
});
