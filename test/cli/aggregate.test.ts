import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackage, packageText } from "../../shared/package/build-package";
import { requireBuiltCli, runCli, STACK_FRAME, temporaryFolders } from "./cli-harness";

const folders = temporaryFolders("hso-aggregate");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const FIELD = "beds.phv_adult_total";
const PAPER_TOTALS = { "2020": 1533, "2021": 1512, "2022": 1507, "2023": 1509, "2024": 1511 };

/** Two small packages, one with a half bed and a unit name Excel would take for a formula. */
function writeSmallPackages(folder: string): void {
  const make = (year: number, value: number) =>
    buildPackage({
      unit: { org: "983975267", name: '=HYPERLINK("http://x")' },
      year,
      templates: { beds: "2025.1" },
      values: { [FIELD]: value },
    });
  writeFileSync(join(folder, "a.hso.json"), packageText(make(2023, 1750)));
  writeFileSync(join(folder, "b.hso.json"), packageText(make(2024, 1769.5)));
}

describe("hso-report aggregate", { timeout: 60_000 }, () => {
  it("rebuilds the paper's table from the example packages: totals, and Telemark 108 → 103 flagged", async () => {
    const run = await runCli(["aggregate", "examples/packages", "--field", FIELD, "--json"]);
    expect(run.code).toBe(0);
    const table = JSON.parse(run.stdout);
    expect(Object.keys(table)).toEqual(["field", "years", "rows", "total"]);
    expect(table.field).toBe(FIELD);
    expect(table.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(table.total).toEqual(PAPER_TOTALS);
    const telemark = table.rows.find((row: { org: string }) => row.org === "983975267");
    expect(telemark).toEqual({
      unit: "Sykehuset Telemark HF",
      org: "983975267",
      values: { "2020": 108, "2021": 108, "2022": 108, "2023": 108, "2024": 103 },
    });
    const text = await runCli(["aggregate", "examples/packages", "--field", FIELD]);
    // Groups are U+00A0, as Norwegian is printed.
    expect(text.stdout).toMatch(
      /^Sum\s+1\u00a0533\s+1\u00a0512\s+1\u00a0507\s+1\u00a0509\s+1\u00a0511\s+\+2$/m,
    );
    const telemarkLine = text.stdout.split("\n").find((line) => line.startsWith("Sykehuset Telemark HF"));
    expect(telemarkLine).toMatch(/108\s+103\s+−5\s+(må forklares|forklart)$/);
    const innlandet = text.stdout.split("\n").find((line) => line.startsWith("Sykehuset Innlandet HF"));
    expect(innlandet).toMatch(/\+1$/);
  });

  it("writes CSV for Norwegian Excel: BOM, semicolons, decimal comma, formula-like text kept as text", async () => {
    const folder = folders.make();
    writeSmallPackages(folder);
    const out = join(folder, "table.csv");
    const run = await runCli(["aggregate", folder, "--field", FIELD, "--out", out]);
    expect(run.code).toBe(0);
    const csv = readFileSync(out, "utf8");
    expect(csv.startsWith("\uFEFFEnhet;Org.nr.;2023;2024;Endring 2023–2024;Merknad\r\n")).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"")";983975267;1750;1769,5;19,5;må forklares\r\n');
    expect(csv).toContain("Sum;;1750;1769,5;19,5;\r\n");
  });

  it("writes a formatted workbook: headings, totals and change as formulas, package text as text", async () => {
    const folder = folders.make();
    writeSmallPackages(folder);
    const out = join(folder, "table.xlsx");
    expect((await runCli(["aggregate", folder, "--field", FIELD, "--out", out, "--lang", "en"])).code).toBe(
      0,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as never);
    const sheet = workbook.getWorksheet("Table");
    expect(sheet?.getRow(3).values).toEqual([
      undefined,
      "Unit",
      "Org. no.",
      "2023",
      "2024",
      "Change 2023–2024",
      "Note",
    ]);
    const name = sheet?.getCell("A4");
    expect(name?.type).toBe(ExcelJS.ValueType.String);
    expect(name?.value).toBe('=HYPERLINK("http://x")');
    expect(sheet?.getCell("D4").value).toBe(1769.5);
    expect(sheet?.getCell("E4").value).toEqual({ formula: "D4-C4", result: 19.5 });
    expect(sheet?.getCell("A5").value).toBe("Total");
    expect(sheet?.getCell("D5").value).toEqual({ formula: "SUM(D4:D4)", result: 1769.5 });
  });

  it("warns on stderr when two packages for one unit and year disagree, using the later one", async () => {
    const folder = folders.make();
    writeSmallPackages(folder);
    const again = buildPackage({
      unit: { org: "983975267", name: "Sykehuset Telemark HF" },
      year: 2024,
      templates: { beds: "2025.1" },
      values: { [FIELD]: 1770 },
    });
    writeFileSync(join(folder, "c.hso.json"), packageText(again));
    const run = await runCli(["aggregate", folder, "--field", FIELD, "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /To pakker for .* 2024 er uenige \(1\u00a0769,5 og 1\u00a0770\); 1\u00a0770 er brukt\./,
    );
    expect(JSON.parse(run.stdout).total).toEqual({ "2023": 1750, "2024": 1770 });
  });

  it("refuses an unknown field, a workbook among the packages and a tampered package (exit 2)", async () => {
    const folder = folders.make();
    writeSmallPackages(folder);
    const unknown = await runCli(["aggregate", folder, "--field", "beds.nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("hso-report: Ukjent felt «beds.nope». Se hso-report fields beds.\n");
    const text = readFileSync(join(folder, "b.hso.json"), "utf8").replace("1769.5", "1770");
    writeFileSync(join(folder, "b.hso.json"), text);
    const tampered = await runCli(["aggregate", folder, "--field", FIELD]);
    expect(tampered.code).toBe(2);
    expect(tampered.stderr).toMatch(/b\.hso\.json: Pakken avvises: Kontrollsummen stemmer ikke/);
    const badOut = await runCli(["aggregate", folder, "--field", FIELD, "--out", join(folder, "x.pdf")]);
    expect(badOut.code).toBe(2);
    for (const run of [unknown, tampered, badOut]) expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
