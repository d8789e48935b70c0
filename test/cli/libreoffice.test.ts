import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEMPLATE_IDS, TEMPLATES } from "../../shared/templates/catalogue";
import { noteName, previousName } from "../../shared/templates/names";
import { templateAskedOf } from "../../shared/units/unit-returns";
import { requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";
import { namedCell } from "./fill-workbook";
import { convertWithLibreOffice } from "./libreoffice-convert";

const folders = temporaryFolders("hso-libreoffice");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
if (!hasSoffice)
  console.warn(
    "LibreOffice (soffice) is not installed: the round-trip test is skipped (.ci/run installs it).",
  );

const TELEMARK = "983975267";

describe.skipIf(!hasSoffice)("a generated template in LibreOffice", { timeout: 180_000 }, () => {
  it("keeps every defined name and the formulas through a headless open-and-save", async () => {
    const folder = folders.make();
    const source = join(folder, "telemark.xlsx");
    const made = await runCli([
      "template",
      ...TEMPLATE_IDS,
      "--unit",
      TELEMARK,
      "--year",
      "2024",
      "--out",
      source,
    ]);
    expect(made.code).toBe(0);
    const converted = convertWithLibreOffice(source, folder);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(converted) as never);
    const names = new Set(workbook.definedNames.model.map((entry) => entry.name));
    // A trust's workbook: every field a trust is asked (not the RHF's private providers' beds).
    for (const field of TEMPLATE_IDS.flatMap((id) => templateAskedOf(TEMPLATES[id], TELEMARK).fields)) {
      expect(names.has(field.id), field.id).toBe(true);
      if (field.cell.previous) expect(names.has(previousName(field.id)), field.id).toBe(true);
      if (field.cell.note) expect(names.has(noteName(field.id)), field.id).toBe(true);
    }
    expect(namedCell(workbook, "beds.phv_adult_total").formula).toMatch(/SUM\(C7:C8\)/);
    expect(namedCell(workbook, "beds.unit_org").value).toBe("983975267");
    expect(workbook.getWorksheet("Døgnplasser")?.getCell("E9").formula).toMatch(/C9-D9/);
    // And the CLI still reads the converted file through its names alone.
    const validated = await runCli(["validate", converted, "--json"]);
    const codes = JSON.parse(validated.stdout).results[0].issues.map((issue: { code: string }) => issue.code);
    expect(codes).not.toContain("name_missing");
    expect(codes).toContain("required_missing");
  });
});
