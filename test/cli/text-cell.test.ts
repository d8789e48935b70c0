import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";
import { namedCell } from "./fill-workbook";
import { convertWithLibreOffice } from "./libreoffice-convert";

const folders = temporaryFolders("hso-text-cell");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

/**
 * Adversary A17 in the CLI: received referrals as a paste from another system leaves them, "5 200" as
 * text, in a cell formatted as Text (`@`) or left General. The sheet's rate formula is blank then
 * (COUNT skips text), so no package may carry a rate. Saved again by LibreOffice, which computes the
 * sheet's formulas as Excel does when it saves (a file straight from exceljs has no results at all).
 */
async function textReturn(folder: string, numFmt: string | undefined): Promise<string> {
  const template = join(folder, "blank.xlsx");
  const made = await runCli([
    "template",
    "activity",
    "--unit",
    "983975267",
    "--year",
    "2025",
    "--out",
    template,
  ]);
  expect(made.code, made.stderr).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(template) as never);
  const received = namedCell(workbook, "activity.referrals_received_adult");
  received.value = "5 200";
  if (numFmt) received.numFmt = numFmt;
  namedCell(workbook, "activity.referrals_rejected_adult").value = 1040;
  const file = join(folder, "activity.xlsx");
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return convertWithLibreOffice(file, folder);
}

interface JsonIssue {
  code: string;
  field: string;
  severity: string;
  cell: string;
  message: string;
}

async function receivedIssues(file: string): Promise<JsonIssue[]> {
  const run = await runCli(["validate", file, "--json"]);
  const issues = JSON.parse(run.stdout).results[0].issues as JsonIssue[];
  return issues.filter((issue) => issue.field === "activity.referrals_received_adult");
}

describe("a count stored as text beside a rate the sheet leaves blank (the CLI)", {
  timeout: 120_000,
}, () => {
  it("in a Text-formatted cell: an error at the cell that says to change the format, and no package", async () => {
    const folder = folders.make();
    const file = await textReturn(folder, "@");
    expect(await receivedIssues(file)).toEqual([
      expect.objectContaining({
        code: "number_as_text_not_in_share",
        severity: "error",
        cell: "Aktivitet!C11",
        message: expect.stringContaining("Cellen er formatert som tekst (@)"),
      }),
    ]);
    const exported = await runCli(["export", file]);
    expect(exported.code).toBe(1);
  });

  it("in a General cell: the same error, and retyping is the advice", async () => {
    const [issue] = await receivedIssues(await textReturn(folders.make(), undefined));
    expect(issue).toMatchObject({ code: "number_as_text_not_in_share", severity: "error" });
    expect(issue?.message).toMatch(/Skriv det inn som tall\.$/);
  });
});
