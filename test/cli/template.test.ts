import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEMPLATES } from "../../shared/templates/catalogue";
import { noteName, previousName } from "../../shared/templates/names";
import { templateAskedOf } from "../../shared/units/unit-returns";
import { requireBuiltCli, runCli, STACK_FRAME, temporaryFolders } from "./cli-harness";
import { namedCell } from "./fill-workbook";
import { TELEMARK_2023 } from "./make-workbook";

const folders = temporaryFolders("hso-template");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as never);
  return workbook;
}

describe("hso-report template", { timeout: 60_000 }, () => {
  it("writes one protected sheet per template with every field a workbook-scoped defined name", async () => {
    const out = join(folders.make(), "telemark-2024.xlsx");
    const run = await runCli([
      "template",
      "beds",
      "staffing",
      "--unit",
      "983 975 267",
      "--year",
      "2024",
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Døgnplasser, Bemanning");
    const workbook = await load(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Døgnplasser", "Bemanning"]);
    const names = new Set(workbook.definedNames.model.map((entry) => entry.name));
    // A trust's workbook: every field a trust is asked (not the RHF's private providers' beds).
    const asked = [TEMPLATES.beds, TEMPLATES.staffing].flatMap((t) => templateAskedOf(t, "983975267").fields);
    for (const field of asked) {
      expect(names.has(field.id), field.id).toBe(true);
      if (field.compared) {
        expect(names.has(previousName(field.id)), previousName(field.id)).toBe(true);
        expect(names.has(noteName(field.id)), noteName(field.id)).toBe(true);
      }
    }
    expect(namedCell(workbook, "beds.unit_org").value).toBe("983975267");
    expect(namedCell(workbook, "staffing.year").value).toBe(2024);
    for (const sheet of workbook.worksheets) {
      expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(
        true,
      );
    }
  });

  it("puts formulas on totals and the change, and a data-validation rule with a prompt on every input", async () => {
    const out = join(folders.make(), "beds.xlsx");
    expect(
      (await runCli(["template", "beds", "--unit", "983975267", "--year", "2024", "--out", out])).code,
    ).toBe(0);
    const workbook = await load(out);
    const total = namedCell(workbook, "beds.phv_adult_total");
    expect(total.formula).toContain("SUM(C7:C8)");
    expect(total.protection?.locked).not.toBe(false);
    const sheet = workbook.getWorksheet("Døgnplasser");
    expect(sheet?.getCell("E9").formula).toBe('IF(OR(C9="",D9=""),"",C9-D9)');
    for (const field of templateAskedOf(TEMPLATES.beds, "983975267").fields.filter(
      (entry) => !entry.formula,
    )) {
      const cell = namedCell(workbook, field.id);
      expect(cell.protection?.locked, field.id).toBe(false);
      expect(cell.dataValidation?.showInputMessage, field.id).toBe(true);
      expect(cell.dataValidation?.prompt, field.id).toContain(field.help.nb);
    }
    expect(namedCell(workbook, "beds.phv_adult_hospital").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 5000],
    });
    expect(namedCell(workbook, "note.beds.phv_adult_hospital").protection?.locked).toBe(false);
  });

  it("fills last year's figures from --previous", async () => {
    const out = join(folders.make(), "beds.xlsx");
    const run = await runCli([
      "template",
      "beds",
      "--unit",
      "983975267",
      "--year",
      "2024",
      "--previous",
      TELEMARK_2023,
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    expect(namedCell(await load(out), "prev.beds.phv_adult_total").value).toBe(108);
  });

  const refusals: [string, string[], RegExp][] = [
    [
      "an unknown unit",
      ["beds", "--unit", "123456785", "--year", "2024"],
      /123456785 er ikke en kjent rapporterende enhet/,
    ],
    [
      "a bad org. number",
      ["beds", "--unit", "983975268", "--year", "2024"],
      /«983975268» er ikke et gyldig organisasjonsnummer/,
    ],
    ["an unknown template", ["budget", "--unit", "983975267", "--year", "2024"], /Ukjent mal «budget»/],
    ["a bad year", ["beds", "--unit", "983975267", "--year", "24"], /«24» er ikke et gyldig rapporteringsår/],
    ["a missing --unit", ["beds", "--year", "2024"], /Valget --unit må oppgis/],
    [
      "another unit's previous package",
      ["beds", "--unit", "983971709", "--year", "2024", "--previous", TELEMARK_2023],
      /Fjorårspakken gjelder 983975267 for 2023/,
    ],
    [
      "a previous package from the wrong year",
      ["beds", "--unit", "983975267", "--year", "2025", "--previous", TELEMARK_2023],
      /trenger 983975267 for 2024/,
    ],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what} with exit 2 and one line`, async () => {
      const out = join(folders.make(), "x.xlsx");
      const run = await runCli(["template", ...args, "--out", out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(() => readFileSync(out)).toThrow();
    });
  }
});
