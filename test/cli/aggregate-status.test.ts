import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageText } from "../../shared/package/build-package";
import { planPackage } from "../shared/aggregate/plan-packages";
import { ROOT, requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";

const folders = temporaryFolders("hso-aggregate-status");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const FIELD = "plan_status.children_24_7";
const EXAMPLES = "examples/board/plan-status";

/** The example plan-status returns of Telemark, Innlandet and Vestfold, and what a test adds. */
function planFolder(extra: Record<string, ReturnType<typeof planPackage>> = {}): string {
  const folder = folders.make();
  cpSync(join(ROOT, EXAMPLES), folder, { recursive: true });
  for (const [file, pkg] of Object.entries(extra)) writeFileSync(join(folder, file), packageText(pkg));
  return folder;
}

/** Each example package's status for the field, read from the files themselves, as the expected counts. */
function expectedCounts(): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const unit of ["telemark", "innlandet", "vestfold"])
    for (const year of ["2025", "2026"]) {
      const pkg = JSON.parse(readFileSync(join(ROOT, EXAMPLES, `${unit}-${year}.hso.json`), "utf8"));
      const code = pkg.values[FIELD] as string;
      counts[year] ??= { not_started: 0, in_progress: 0, in_place: 0 };
      counts[year][code] = (counts[year][code] ?? 0) + 1;
    }
  return counts;
}

describe("hso-report aggregate --field plan_status.<measure>", { timeout: 60_000 }, () => {
  it("gives per unit the status code per year and per year the count of each status (--json), never a sum", async () => {
    const run = await runCli(["aggregate", EXAMPLES, "--field", FIELD, "--json"]);
    expect(run.code).toBe(0);
    const table = JSON.parse(run.stdout);
    expect(table.field).toBe(FIELD);
    expect(table.years).toEqual([2025, 2026]);
    expect(table.rows.find((row: { org: string }) => row.org === "983975267").values).toEqual({
      "2025": "in_progress",
      "2026": "in_place",
    });
    expect(table.counts).toEqual(expectedCounts());
    expect(table.total).toEqual({});
    expect(table.incomplete["2025"]).toHaveLength(8);
    expect(table.footnotes.some((note: { text: string }) => note.text.startsWith("Døgnvakt for BUP"))).toBe(
      true,
    );
  });

  it("shows the status words in the terminal (nb and en) and a count per status under the units", async () => {
    const nb = await runCli(["aggregate", EXAMPLES, "--field", FIELD]);
    expect(nb.stdout).toMatch(/^Sykehuset Telemark HF \*\s+983 975 267\s+under arbeid\s+på plass$/m);
    expect(nb.stdout).toMatch(/^Antall under arbeid\s+1\s+0$/m);
    expect(nb.stdout).toMatch(/^Antall på plass\s+2\s+3$/m);
    expect(nb.stdout).toMatch(/^Ikke sendt\s+8\s+8$/m);
    expect(nb.stdout).not.toMatch(/Totalt|in_progress/);
    const en = await runCli(["aggregate", EXAMPLES, "--field", FIELD, "--lang", "en"]);
    expect(en.stdout).toMatch(/^Sykehuset Telemark HF \*\s+983 975 267\s+in progress\s+in place$/m);
    expect(en.stdout).toMatch(/^Number in place\s+2\s+3$/m);
  });

  it("writes CSV with the words and the counts, and xlsx with COUNTIF formulas over the words", async () => {
    const dir = folders.make();
    const csv = join(dir, "tiltak.csv");
    expect((await runCli(["aggregate", EXAMPLES, "--field", FIELD, "--out", csv])).code).toBe(0);
    const lines = readFileSync(csv, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe("Enhet;Org.nr.;2025;2026");
    expect(lines).toContain("Sykehuset Telemark HF *;983975267;under arbeid;på plass");
    expect(lines).toContain("Antall på plass;;2;3");
    const xlsx = join(dir, "tiltak.xlsx");
    expect((await runCli(["aggregate", EXAMPLES, "--field", FIELD, "--out", xlsx])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx) as never);
    const sheet = workbook.getWorksheet("Tabell");
    const rows: { label: string; cells: unknown[] }[] = [];
    sheet?.eachRow((row) => {
      rows.push({ label: String(row.getCell(1).value), cells: [row.getCell(3).value, row.getCell(4).value] });
    });
    expect(rows.find((row) => row.label === "Sykehuset Telemark HF *")?.cells).toEqual([
      "under arbeid",
      "på plass",
    ]);
    const inPlace = rows.find((row) => row.label === "Antall på plass")?.cells;
    expect(inPlace?.[0]).toEqual({ formula: 'COUNTIF(C4:C6,"på plass")', result: 2 });
    expect(inPlace?.[1]).toEqual({ formula: 'COUNTIF(D4:D6,"på plass")', result: 3 });
  });

  it("leaves out and lists a return with a status no choice names, one without its owed comment and two that disagree (exit 1), counting none", async () => {
    const folder = planFolder({
      "akershus-2025.hso.json": planPackage("983971636", 2025, { [FIELD]: "ferdig" }),
      "ostfold-2025.hso.json": planPackage("983971768", 2025, { [FIELD]: "in_progress" }),
      "vestre-viken-2025.hso.json": planPackage(
        "894166762",
        2025,
        { [FIELD]: "not_started" },
        { comments: false },
      ),
      "ostfold-2025-kopi.hso.json": planPackage("983971768", 2025, { [FIELD]: "not_started" }),
    });
    const run = await runCli(["aggregate", folder, "--field", FIELD, "--json"]);
    expect(run.code).toBe(1);
    const table = JSON.parse(run.stdout);
    expect(table.counts).toEqual(expectedCounts());
    expect(
      table.refused
        .map((refusal: { file: string; code: string }) => [refusal.file.split("/").at(-1), refusal.code])
        .sort(),
    ).toEqual([
      // The strict reader already refuses a status that is no choice (the core refuses it again).
      ["akershus-2025.hso.json", "unreadable"],
      ["ostfold-2025-kopi.hso.json", "conflicting_duplicate"],
      ["ostfold-2025.hso.json", "conflicting_duplicate"],
      // Not started and no comment: an error at export, so never counted.
      ["vestre-viken-2025.hso.json", "validation_errors"],
    ]);
    expect(run.stderr).toMatch(/Utelatt fra tabellen: 4/);
  });
});
