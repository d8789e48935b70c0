import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readNamedWorkbook } from "../../../cli/files/read-workbook";
import { cellValue } from "../../../shared/report/workbook-input";
import { edited } from "../../fixtures/bad-input/corpus";
import { requireBuiltCli, temporaryFolders } from "../cli-harness";

const folders = temporaryFolders("hso-read-workbook");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);
const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
const SHEET = "Døgnplasser";

const rawOf = (file: string, name: string) => readNamedWorkbook(readFileSync(file)).read(name);

describe("readNamedWorkbook on workbooks as other tools leave them", { timeout: 120_000 }, () => {
  it("a copied sheet's figures are never read in place of the workbook's names", async () => {
    const file = await edited(folders.make(), "copy.xlsx", [
      { op: "copy-sheet", sheet: SHEET, as: `${SHEET} (2)`, set: { C7: "99", C8: "63", C9: "162" } },
    ]);
    expect(rawOf(file, "beds.phv_adult_total")).toMatchObject({ value: 103, address: `${SHEET}!C9` });
    expect(rawOf(file, "beds.phv_adult_hospital")).toMatchObject({ value: 40, address: `${SHEET}!C7` });
  });

  it("a percent cell reads as the figure it shows, written by hand and after LibreOffice saved it", async () => {
    const folder = folders.make();
    const file = await edited(folder, "percent.xlsx", [
      { op: "percent", sheet: SHEET, cell: "C7", value: "0.4" },
    ]);
    expect(rawOf(file, "beds.phv_adult_hospital")).toMatchObject({ value: 0.4, numberFormat: "0.00%" });
    if (!hasSoffice) return;
    // LibreOffice rewrites styles, strings and formulas its own way; the figure must stay 40.
    const out = join(folder, "lo");
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(folder, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        file,
      ],
      { encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    const saved = readNamedWorkbook(readFileSync(join(out, "percent.xlsx")));
    const hospital = saved.read("beds.phv_adult_hospital");
    expect(hospital?.numberFormat).toMatch(/%/);
    expect(cellValue(hospital ?? { value: null })).toBe(40);
    expect(saved.read("beds.phv_adult_total")).toMatchObject({ value: 103 });
  });

  it("constant arithmetic without a saved result is worked out; anything else is a problem, not empty", async () => {
    const file = await edited(folders.make(), "formulas.xlsx", [
      { op: "formula", sheet: SHEET, cell: "C7", formula: "(30+10)*1" },
      { op: "formula", sheet: SHEET, cell: "C8", formula: "C7+23" },
    ]);
    expect(rawOf(file, "beds.phv_adult_hospital")).toMatchObject({ value: 40 });
    expect(rawOf(file, "beds.phv_adult_dps")).toMatchObject({
      problem: { code: "formula_without_result", params: { formula: "C7+23" } },
    });
  });
});
