import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePackage } from "../../shared/package/parse-package";
import { COMPLETE_STAFFING } from "../shared/report/complete-input";
import { requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";
import { fillWorkbook, namedCell } from "./fill-workbook";

const folders = temporaryFolders("hso-percent-cell");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

/** A staffing return whose sick-leave cell is as Excel leaves it after "6,5 %" is typed: 0.065, percent-formatted. */
async function percentReturn(folder: string, numFmt: string, value: number): Promise<string> {
  const template = join(folder, "blank.xlsx");
  const made = await runCli([
    "template",
    "staffing",
    "--unit",
    "983975267",
    "--year",
    "2024",
    "--out",
    template,
  ]);
  expect(made.code, made.stderr).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fillWorkbook(readFileSync(template), COMPLETE_STAFFING)) as never);
  const cell = namedCell(workbook, "staffing.sick_leave_pct");
  cell.value = value;
  cell.numFmt = numFmt;
  const file = join(folder, "staffing.xlsx");
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

describe("a percent-formatted sick-leave cell (the CLI)", { timeout: 60_000 }, () => {
  it("0.065 formatted 0.0% is 6.5 %: validate finds nothing, export writes 6.5", async () => {
    const folder = folders.make();
    const file = await percentReturn(folder, "0.0%", 0.065);
    const run = await runCli(["validate", file, "--json"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const issues = JSON.parse(run.stdout).results[0].issues as { field: string }[];
    expect(issues.filter((issue) => issue.field === "staffing.sick_leave_pct")).toEqual([]);
    expect((await runCli(["export", file])).code).toBe(0);
    const parsed = parsePackage(readFileSync(join(folder, "staffing.hso.json"), "utf8"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.package.values["staffing.sick_leave_pct"]).toBe(6.5);
  });

  it("the same 0.065 in the template's own format (0.0#) is 0.065 %, which has too many decimals", async () => {
    const file = await percentReturn(folders.make(), "0.0#", 0.065);
    const run = await runCli(["validate", file, "--json"]);
    const issues = JSON.parse(run.stdout).results[0].issues as { field: string; severity: string }[];
    expect(issues.filter((issue) => issue.field === "staffing.sick_leave_pct")).toContainEqual(
      expect.objectContaining({ severity: "error" }),
    );
  });
});
