import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePackage } from "../../shared/package/parse-package";
import { TEMPLATES } from "../../shared/templates/catalogue";
import { noteName } from "../../shared/templates/names";
import { ROOT, requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";
import { fillWorkbook, namedCell } from "./fill-workbook";
import { convertWithLibreOffice } from "./libreoffice-convert";

const folders = temporaryFolders("hso-capacity-plan");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const TELEMARK = "983975267";
const BOARD = join(ROOT, "examples/board/capacity-plan");
/** Telemark's plan made in 2025: 110 through 2028, a new ward (+6) in 2029 with its reason in F. */
const EXAMPLE = join(BOARD, "telemark-2025.xlsx");
const BEDS_2024 = join(ROOT, "examples/packages/telemark-2024.hso.json");
const WARD = "capacity_plan.phv_adult_2029";

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as never);
  return workbook;
}

/** The example workbook with one named cell emptied, as a controller deleting the reason would. */
async function withoutReason(): Promise<string> {
  const file = join(folders.make(), "telemark-2025.xlsx");
  const workbook = await load(EXAMPLE);
  namedCell(workbook, noteName(WARD)).value = null;
  await workbook.xlsx.writeFile(file);
  return file;
}

type JsonIssue = { code: string; severity: string; field: string; cell: string | null; message: string };

async function issuesOf(args: string[]): Promise<JsonIssue[]> {
  const run = await runCli(["validate", ...args, "--json"]);
  return JSON.parse(run.stdout).results[0].issues as JsonIssue[];
}

const TEMPLATE_ARGS = ["template", "capacity_plan", "--unit", TELEMARK, "--year", "2025"];

describe("hso-report on capacity plans", { timeout: 60_000 }, () => {
  it("template writes one sheet, every field, reason and the plan's year before, unit and year filled", async () => {
    const out = join(folders.make(), "plan.xlsx");
    const run = await runCli([...TEMPLATE_ARGS, "--previous", BEDS_2024, "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Kapasitetsplan");
    const workbook = await load(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Kapasitetsplan"]);
    const names = new Set(workbook.definedNames.model.map((entry) => entry.name));
    for (const field of TEMPLATES.capacity_plan.fields) {
      expect(names.has(field.id), field.id).toBe(true);
      if (field.kind === "beds") expect(names.has(noteName(field.id)), field.id).toBe(true);
    }
    expect(namedCell(workbook, "capacity_plan.unit_org").value).toBe(TELEMARK);
    expect(namedCell(workbook, "capacity_plan.year").value).toBe(2025);
    const sheet = workbook.getWorksheet("Kapasitetsplan");
    expect(sheet?.getCell("A7").value).toBe("PHV voksne: planlagte døgnplasser");
    expect(sheet?.getCell("D9").formula).toBe('IF(C8="","",C8)');
    // Column D holds the plan's year before, never last year (adversary A8).
    expect(sheet?.getCell("D6").value).toBe("Året før i planen / The plan's year before");
    expect(sheet?.getCell("F8").dataValidation?.prompt).toMatch(
      /^Begrunn gjerne forskjellen fra sist rapporterte/,
    );
    expect(sheet?.getCell("E9").formula).toBe('IF(OR(C9="",D9=""),"",C9-D9)');
  });

  it("validate: the example plan is clean, and beside last year's beds shows the difference as information (exit 0)", async () => {
    const clean = await runCli(["validate", EXAMPLE]);
    expect(clean.stdout).toMatch(/2025: OK/);
    expect(clean.code).toBe(0);
    const beside = await runCli(["validate", EXAMPLE, "--previous", BEDS_2024]);
    expect(beside.code).toBe(0);
    expect(beside.stdout).toMatch(
      /info\s+Kapasitetsplan!C8 – PHV voksne, planlagt 2026: Planen starter på 110; «PHV voksne, i alt» i telemark-2024\.hso\.json var 103 for 2024 \(\+7\)\./,
    );
  });

  it("a change of 5 beds or more without its reason: a warning at its cell while editing, export refused", async () => {
    const file = await withoutReason();
    const issues = await issuesOf([file]);
    expect(issues.map((issue) => `${issue.code}:${issue.severity}@${issue.cell}`)).toEqual([
      "plan_change_unexplained:warning@Kapasitetsplan!C11",
    ]);
    expect(issues[0]?.message).toBe(
      "Planlagt endring fra 110 i «PHV voksne, planlagt 2028» til 116 (+6) må begrunnes: grensen er 5 plasser.",
    );
    const exported = await runCli(["export", file, "--out", join(folders.make(), "out.hso.json")]);
    expect(exported.code).toBe(1);
    expect(exported.stdout + exported.stderr).toMatch(/Kapasitetsplan!C11.*må begrunnes/s);
  });

  it("export writes the package the examples hold: the same values and the reason", async () => {
    const out = join(folders.make(), "telemark-2025.hso.json");
    const run = await runCli(["export", EXAMPLE, "--out", out]);
    expect(run.code).toBe(0);
    const parsed = parsePackage(readFileSync(out, "utf8"));
    const committed = parsePackage(readFileSync(join(BOARD, "telemark-2025.hso.json"), "utf8"));
    if (!parsed.ok || !committed.ok) throw new Error("packages should parse");
    expect(parsed.package.templates).toEqual({ capacity_plan: TEMPLATES.capacity_plan.version });
    expect(parsed.package.values).toEqual(committed.package.values);
    expect(parsed.package.values["capacity_plan.phv_adult_2029"]).toBe(116);
    expect(parsed.package.notes[WARD]).toMatch(/sikkerhetspsykiatrisk post/);
    expect(parsed.package.digest).toBe(committed.package.digest);
  });

  it("fields capacity_plan --json: the contract's 23 ids, each year's reason and what it is set against", async () => {
    const run = await runCli(["fields", "capacity_plan", "--json"]);
    expect(run.code).toBe(0);
    const fields = JSON.parse(run.stdout).fields as {
      id: string;
      names: Record<string, string>;
      against?: string;
      reported?: string;
      step: number | null;
    }[];
    expect(fields).toHaveLength(23);
    expect(fields.find((field) => field.id === WARD)).toMatchObject({
      step: 0.5,
      names: { value: WARD, note: noteName(WARD) },
      against: "capacity_plan.phv_adult_2028",
    });
    expect(fields.find((field) => field.id === "capacity_plan.tsb_2026")).toMatchObject({
      reported: "beds.tsb_total",
    });
    const text = await runCli(["fields", "capacity_plan"]);
    expect(text.stdout).toMatch(/^capacity_plan\.phv_adult_2030 \*\tPHV voksne, planlagt 2030\t/m);
  });

  it("aggregate --field capacity_plan.phv_adult_2030: each unit's planned beds, the year marked incomplete", async () => {
    const run = await runCli(["aggregate", BOARD, "--field", "capacity_plan.phv_adult_2030", "--json"]);
    const table = JSON.parse(run.stdout);
    expect(table.field).toBe("capacity_plan.phv_adult_2030");
    const values = Object.fromEntries(
      table.rows.map((row: { org: string; values: Record<string, number> }) => [row.org, row.values["2025"]]),
    );
    expect(values).toEqual({ "983975267": 116, "983971709": 196, "983975259": 112.5 });
    expect(table.total).toEqual({});
    expect(table.incomplete["2025"]).toContain("983971636");
    expect(table.incomplete["2025"]).not.toContain("883971752");
    expect(run.code).toBe(0);
  });

  it("aggregate of a planned figure heads each column with the plan's year and the year planned for", async () => {
    const args = ["aggregate", BOARD, "--field", "capacity_plan.phv_adult_2030"];
    const json = JSON.parse((await runCli([...args, "--json"])).stdout);
    expect(json).toMatchObject({ years: [2025], plannedFor: 2030 });
    const header = (out: string) => out.split("\n").find((line) => /^(Enhet|Unit)/.test(line)) ?? "";
    expect(header((await runCli(args)).stdout)).toMatch(/Org\.nr\.\s+Plan 2025 \(planlagt 2030\)/);
    expect(header((await runCli([...args, "--lang", "en"])).stdout)).toMatch(
      /Plan of 2025 \(planned for 2030\)/,
    );
    const csv = join(folders.make(), "plan.csv");
    await runCli([...args, "--out", csv]);
    expect(readFileSync(csv, "utf8")).toContain("Enhet;Org.nr.;Plan 2025 (planlagt 2030)");
    const beds = JSON.parse(
      (await runCli(["aggregate", BEDS_2024, "--field", "beds.phv_adult_total", "--json"])).stdout,
    );
    expect(beds).not.toHaveProperty("plannedFor");
  });

  it("status: the plan is an expected return from 2025, not of Sunnaas or the RHF", async () => {
    const run = await runCli(["status", "examples/board", "--year", "2025", "--json"]);
    const table = JSON.parse(run.stdout);
    expect(table.templates).toContain("capacity_plan");
    const cell = (org: string) =>
      table.units.find((unit: { org: string }) => unit.org === org).returns.capacity_plan.state;
    expect(cell(TELEMARK)).toBe("ready");
    expect(cell("983971636")).toBe("missing");
    expect(cell("883971752")).toBe("not_expected");
    expect(cell("991324968")).toBe("not_expected");
    const text = await runCli(["status", "examples/board", "--year", "2025"]);
    expect(text.stdout.split("\n").find((line) => line.startsWith("Enhet"))).toMatch(
      /\s{2}Kapasitetsplan\s{2}/,
    );
    const before = await runCli(["status", "examples/board", "--year", "2024", "--json"]);
    expect(JSON.parse(before.stdout).templates).not.toContain("capacity_plan");
  });
});

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

describe.skipIf(!hasSoffice)("a capacity plan through LibreOffice", { timeout: 180_000 }, () => {
  it("keeps names and formulas through a headless open-and-save, and is judged the same after", async () => {
    const folder = folders.make();
    const blank = join(folder, "blank.xlsx");
    expect((await runCli([...TEMPLATE_ARGS, "--out", blank])).code).toBe(0);
    const plan: Record<string, number> = {};
    for (const field of TEMPLATES.capacity_plan.fields.filter((entry) => entry.kind === "beds")) {
      plan[field.id] = field.id.includes("phv_adult") ? (field.id.endsWith("2032") ? 117.5 : 110) : 20;
    }
    const source = join(folder, "plan.xlsx");
    writeFileSync(source, await fillWorkbook(readFileSync(blank), plan));
    const converted = convertWithLibreOffice(source, folder);
    const workbook = await load(converted);
    const names = new Set(workbook.definedNames.model.map((entry) => entry.name));
    for (const field of TEMPLATES.capacity_plan.fields) expect(names.has(field.id), field.id).toBe(true);
    expect(namedCell(workbook, "capacity_plan.phv_adult_2032").value).toBe(117.5);
    expect(workbook.getWorksheet("Kapasitetsplan")?.getCell("E14").formula).toMatch(/C14-D14/);
    const issues = await issuesOf([converted, "--previous", BEDS_2024]);
    expect(issues.map((issue) => `${issue.code}:${issue.severity}@${issue.cell}`)).toEqual([
      "plan_change_unexplained:warning@Kapasitetsplan!C14",
      "plan_differs_from_reported:info@Kapasitetsplan!C8",
    ]);
  });
});
