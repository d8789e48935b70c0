import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackage, packageText } from "../../shared/package/build-package";
import { hasUnprintable } from "../../shared/text/printable-text";
import { ROOT, requireBuiltCli, runCli, STACK_FRAME, temporaryFolders } from "./cli-harness";

const folders = temporaryFolders("hso-aggregate");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const FIELD = "beds.phv_adult_total";
const PAPER_TOTALS = { "2020": 1533, "2021": 1512, "2022": 1507, "2023": 1509, "2024": 1511 };
const TELEMARK = "983975267";

/** The example packages copied into a fresh folder, so a test may add to them. */
function paperFolder(): string {
  const folder = folders.make();
  cpSync(join(ROOT, "examples/packages"), folder, { recursive: true });
  return folder;
}

function write(
  folder: string,
  file: string,
  org: string,
  year: number,
  values: Record<string, number | string>,
  name = "x",
) {
  const pkg = buildPackage({ unit: { org, name }, year, templates: { beds: "2025.1" }, values });
  writeFileSync(join(folder, file), packageText(pkg));
}

describe("hso-report aggregate", { timeout: 60_000 }, () => {
  it("gives the paper's whole table as JSON: trusts, total, private providers, total with private", async () => {
    const run = await runCli(["aggregate", "examples/packages", "--field", FIELD, "--json"]);
    expect(run.code).toBe(0);
    const table = JSON.parse(run.stdout);
    expect(Object.keys(table)).toEqual([
      "field",
      "years",
      "rows",
      "total",
      "private",
      "totalWithPrivate",
      "refused",
      "incomplete",
      "footnotes",
    ]);
    expect(table.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(table.rows).toHaveLength(10);
    expect(table.total).toEqual(PAPER_TOTALS);
    expect(table.private).toEqual({ "2020": 234, "2021": 244, "2022": 230, "2023": 241, "2024": 258.5 });
    expect(table.totalWithPrivate).toEqual({
      "2020": 1767,
      "2021": 1756,
      "2022": 1737,
      "2023": 1750,
      "2024": 1769.5,
    });
    expect(table.refused).toEqual([]);
    expect(table.incomplete).toEqual({});
    expect(table.rows.find((row: { org: string }) => row.org === TELEMARK)).toEqual({
      unit: "Sykehuset Telemark HF",
      org: TELEMARK,
      values: { "2020": 108, "2021": 108, "2022": 108, "2023": 108, "2024": 103 },
    });
  });

  it("prints the paper's table: the three total rows, the change (+2, +19,5) and the footnotes under it", async () => {
    const run = await runCli(["aggregate", "examples/packages", "--field", FIELD]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    // Groups are U+00A0, as Norwegian is printed.
    expect(run.stdout).toMatch(
      /^Totalt Helse Sør-Øst\/sykehus\s+1\u00a0533\s+1\u00a0512\s+1\u00a0507\s+1\u00a0509\s+1\u00a0511\s+\+2$/m,
    );
    expect(run.stdout).toMatch(/^Private avtaleparter \*\*\*\s+234\s+244\s+230\s+241\s+258,5\s+\+17,5$/m);
    expect(run.stdout).toMatch(
      /^Totalt Helse Sør-Øst med private\s+1\u00a0767\s+1\u00a0756\s+1\u00a0737\s+1\u00a0750\s+1\u00a0769,5\s+\+19,5$/m,
    );
    expect(lines.find((line) => line.startsWith("Sykehuset Telemark HF **"))).toMatch(
      /108\s+103\s+−5\s+forklart$/,
    );
    expect(lines.find((line) => line.startsWith("Sykehuset Innlandet HF *"))).toMatch(/\+1$/);
    expect(lines.filter((line) => /^\*+ /.test(line)).map((line) => line.split(":")[0])).toEqual([
      "* Sykehuset Innlandet HF, 2021",
      "** Sykehuset Telemark HF, 2024",
      "*** Private avtaleparter, 2024",
    ]);
  });

  it("another field's total is not called the hospitals' total (the private providers' beds are no hospital's)", async () => {
    const run = await runCli([
      "aggregate",
      "examples/packages",
      "--field",
      "beds.private_contracted_phv_adult",
    ]);
    expect(run.stdout).not.toMatch(/sykehus/);
    expect(run.stdout).toMatch(/^Totalt Helse Sør-Øst\s+234\s+244\s+230\s+241\s+258,5/m);
  });

  it("writes the paper's table as CSV: BOM, semicolons, decimal comma, the private rows, footnotes", async () => {
    const out = join(folders.make(), "table.csv");
    const run = await runCli(["aggregate", "examples/packages", "--field", FIELD, "--out", out]);
    expect(run.code).toBe(0);
    const csv = readFileSync(out, "utf8");
    expect(csv.startsWith("\uFEFFEnhet;Org.nr.;2020;2021;2022;2023;2024;Endring 2023–2024;Merknad\r\n")).toBe(
      true,
    );
    expect(csv).toContain("\r\nTotalt Helse Sør-Øst/sykehus;;1533;1512;1507;1509;1511;2;\r\n");
    expect(csv).toContain("\r\nPrivate avtaleparter ***;;234;244;230;241;258,5;17,5;\r\n");
    expect(csv).toContain("\r\nTotalt Helse Sør-Øst med private;;1767;1756;1737;1750;1769,5;19,5;\r\n");
    expect(csv).toContain("\r\n** Sykehuset Telemark HF, 2024: Midlertidig nedtrekk");
  });

  it("writes the paper's table as a workbook: numbers as numbers, totals as formulas a reader can check", async () => {
    const out = join(folders.make(), "table.xlsx");
    const run = await runCli([
      "aggregate",
      "examples/packages",
      "--field",
      FIELD,
      "--out",
      out,
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as never);
    const sheet = workbook.getWorksheet("Table");
    expect(sheet?.getRow(3).values).toEqual([
      undefined,
      "Unit",
      "Org. no.",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
      "Change 2023–2024",
      "Note",
    ]);
    expect(sheet?.getCell("A4").value).toBe("Akershus universitetssykehus HF");
    expect(sheet?.getCell("A14").value).toBe("Total Helse Sør-Øst/hospitals");
    expect(sheet?.getCell("G14").value).toEqual({ formula: "SUM(G4:G13)", result: 1511 });
    expect(sheet?.getCell("A15").value).toBe("Private contracted providers ***");
    expect(sheet?.getCell("G15").value).toBe(258.5);
    expect(sheet?.getCell("G15").numFmt).toBe("#,##0.0");
    expect(sheet?.getCell("G14").numFmt).toBe("#,##0");
    expect(sheet?.getCell("G16").value).toEqual({ formula: "G14+G15", result: 1769.5 });
    expect(sheet?.getCell("H16").value).toEqual({ formula: "G16-F16", result: 19.5 });
    expect(String(sheet?.getCell("A18").value)).toMatch(/^\* Sykehuset Innlandet HF, 2021: /);
  });

  it("leaves out and lists a package with errors, an unknown unit, a contradiction and a conflicting duplicate (exit 1)", async () => {
    const folder = paperFolder();
    write(folder, "telemark-2024-again.hso.json", TELEMARK, 2024, { [FIELD]: 110 });
    write(folder, "unknown.hso.json", "123456785", 2024, { [FIELD]: 5 });
    write(folder, "contradiction.hso.json", "983971636", 2019, { [FIELD]: 5, "beds.unit_org": TELEMARK });
    write(folder, "errors.hso.json", "983971636", 2018, { [FIELD]: 5.25 });
    const original = join(folder, "akershus-2020.hso.json");
    writeFileSync(original, readFileSync(original, "utf8").replace("217", "218"));
    const run = await runCli(["aggregate", folder, "--field", FIELD, "--json"]);
    expect(run.code).toBe(1);
    const table = JSON.parse(run.stdout);
    const refused = table.refused
      .map((r: { file: string; code: string }) => `${r.file.split("/").at(-1)} ${r.code}`)
      .sort();
    expect(refused).toEqual([
      "akershus-2020.hso.json unreadable",
      "contradiction.hso.json contradiction",
      "errors.hso.json validation_errors",
      "telemark-2024-again.hso.json conflicting_duplicate",
      "telemark-2024.hso.json conflicting_duplicate",
      "unknown.hso.json unknown_unit",
    ]);
    expect(table.refused.find((r: { code: string }) => r.code === "unreadable").reason).toMatch(
      /Kontrollsummen stemmer ikke/,
    );
    // 2024 lacks Telemark now (both of its packages are out), 2020 lacks Akershus: no totals for them.
    // The contradicting package is refused while it is read (nothing of it is used), so 2019 is no column.
    expect(table.incomplete).toEqual({
      "2018": expect.any(Array),
      "2020": ["983971636"],
      "2024": [TELEMARK],
    });
    expect(table.total).toEqual({ "2021": 1512, "2022": 1507, "2023": 1509 });
    expect(table.totalWithPrivate).toEqual({ "2021": 1756, "2022": 1737, "2023": 1750 });
    expect(run.stderr).toMatch(/Utelatt fra tabellen: 6/);
    const text = await runCli(["aggregate", folder, "--field", FIELD]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Totalt Helse Sør-Øst\/sykehus\s+ufullst\.\s+ufullst\.\s+1\u00a0512/m);
    expect(text.stdout).toMatch(/^2024 er ufullstendig, ingen sum: mangler Sykehuset Telemark HF\.$/m);
  });

  it("names units from the registry and keeps control and bidi characters out of terminal, CSV and workbook", async () => {
    const folder = folders.make();
    const hostile = "Akershus\u001b[2J\u001b]52;c;aGk=\u0007\u202eFH";
    const pkg = buildPackage({
      unit: { org: TELEMARK, name: hostile },
      year: 2024,
      templates: { beds: "2025.1" },
      values: { [FIELD]: 103 },
      notes: { [FIELD]: `=HYPERLINK("http://x")\u001b[31m\u202e` },
    });
    writeFileSync(join(folder, "a.hso.json"), packageText(pkg));
    writeFileSync(join(folder, "\u001b[2Jb.hso.json"), "{ not json");
    const csv = join(folder, "t.csv");
    const xlsx = join(folder, "t.xlsx");
    const run = await runCli(["aggregate", folder, "--field", FIELD, "--out", csv]);
    await runCli(["aggregate", folder, "--field", FIELD, "--out", xlsx]);
    const json = await runCli(["aggregate", folder, "--field", FIELD, "--json"]);
    for (const text of [
      run.stdout,
      run.stderr.replace(/\n/g, ""),
      readFileSync(csv, "utf8").replace(/\r\n/g, ""),
      json.stdout.replace(/\n/g, ""),
    ])
      expect(hasUnprintable(text)).toBe(false);
    expect(run.stdout).toMatch(/^Sykehuset Telemark HF \*/m);
    expect(run.stdout).not.toMatch(/^Akershus/m);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx) as never);
    const texts: string[] = [];
    workbook.getWorksheet("Tabell")?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(hasUnprintable(texts.join(""))).toBe(false);
    const note = workbook.getWorksheet("Tabell")?.getCell("A9");
    expect(note?.type).toBe(ExcelJS.ValueType.String);
    expect(String(note?.value)).toMatch(/^\* Sykehuset Telemark HF, 2024: =HYPERLINK/);
    expect(readFileSync(csv, "utf8")).toContain('"* Sykehuset Telemark HF, 2024: =HYPERLINK(""http://x"")');
  });

  it("echoes a refused package's own format without its control characters", async () => {
    const folder = paperFolder();
    writeFileSync(
      join(folder, "format.hso.json"),
      JSON.stringify({ format: "hso\u001b]52;c;aGk=\u0007\u202epkg" }),
    );
    const run = await runCli(["aggregate", folder, "--field", FIELD]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /format\.hso\.json: pakken kan ikke brukes: Ukjent format «hso\ufffd]52;c;aGk=\ufffd\ufffdpkg»/,
    );
    expect(hasUnprintable(run.stderr.replace(/\n/g, ""))).toBe(false);
  });

  it("refuses an unknown field and a bad --out (exit 2), with one line and no stack", async () => {
    const unknown = await runCli(["aggregate", "examples/packages", "--field", "beds.nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("hso-report: Ukjent felt «beds.nope». Se hso-report fields beds.\n");
    const badOut = await runCli(["aggregate", "examples/packages", "--field", FIELD, "--out", "x.pdf"]);
    expect(badOut.code).toBe(2);
    for (const run of [unknown, badOut]) expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
