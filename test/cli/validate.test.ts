import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackage, packageText } from "../../shared/package/build-package";
import { ROOT, requireBuiltCli, runCli, STACK_FRAME, temporaryFolders } from "./cli-harness";
import { makeBedsWorkbook, TELEMARK_2023 } from "./make-workbook";

const folders = temporaryFolders("hso-validate");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const ISSUE_KEYS = ["cell", "code", "field", "message", "severity"];

describe("hso-report validate", { timeout: 60_000 }, () => {
  it("a filled template round-trips: exit 0, the unexplained change a warning with its cell", async () => {
    const workbook = await makeBedsWorkbook(folders.make(), "telemark.xlsx");
    const before = readFileSync(workbook);
    const run = await runCli(["validate", workbook]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Sykehuset Telemark HF (983 975 267), 2024: 0 feil, 1 advarsel");
    expect(run.stdout).toMatch(
      /advarsel\s+Døgnplasser!C9 – PHV voksne, i alt: Endring fra 108 i fjor til 103/,
    );
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it("--json prints the documented shape (docs/cli.md) exactly", async () => {
    const workbook = await makeBedsWorkbook(folders.make(), "t.xlsx", { "beds.phv_adult_dps": 64 });
    const run = await runCli(["validate", workbook, "--json"]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(["results"]);
    const [result] = json.results;
    expect(result).toMatchObject({ file: workbook, ok: false, unit: "983975267", year: 2024 });
    for (const issue of result.issues) expect(Object.keys(issue).sort()).toEqual(ISSUE_KEYS);
    expect(result.issues).toContainEqual({
      severity: "error",
      code: "total_mismatch",
      field: "beds.phv_adult_total",
      cell: "Døgnplasser!C9",
      message: "Summen 103 er ikke lik summen av «PHV voksne, sykehusnivå» og «PHV voksne, DPS» (104).",
    });
  });

  it("--lang en words every message in English", async () => {
    const workbook = await makeBedsWorkbook(folders.make(), "t.xlsx");
    const run = await runCli(["validate", "--lang", "en", workbook, "--json"]);
    const issue = JSON.parse(run.stdout).results[0].issues[0];
    expect(issue.message).toMatch(/from 108 last year to 103 \(-5, -4\.6 %\)/);
    const human = await runCli(["validate", workbook, "--lang=en"]);
    expect(human.stdout).toContain("0 errors, 1 warning");
  });

  it("walks folders for workbooks and packages, skipping lock files, and sums up", async () => {
    const folder = folders.make();
    await makeBedsWorkbook(folder, "a.xlsx");
    mkdirSync(join(folder, "sub"));
    copyFileSync(TELEMARK_2023, join(folder, "sub", "telemark-2023.hso.json"));
    writeFileSync(join(folder, "~$a.xlsx"), "lock");
    writeFileSync(join(folder, "notes.txt"), "ignored");
    const run = await runCli(["validate", folder, "--json"]);
    expect(run.code).toBe(0);
    const files = JSON.parse(run.stdout).results.map((result: { file: string }) => result.file);
    expect(files).toEqual([join(folder, "a.xlsx"), join(folder, "sub", "telemark-2023.hso.json")]);
    const human = await runCli(["validate", folder]);
    expect(human.stdout).toContain("2 filer kontrollert: 0 med feil, 0 ubrukelige.");
  });

  it("--previous feeds last year's package to the change rule (packages are judged as exported)", async () => {
    const pkg = join(folders.make(), "telemark-2024.hso.json");
    const unexplained = buildPackage({
      unit: { org: "983975267", name: "Sykehuset Telemark HF" },
      year: 2024,
      templates: { beds: "2025.1" },
      values: { "beds.phv_adult_total": 103, "beds.count_date": "2024-11-15" },
    });
    writeFileSync(pkg, packageText(unexplained));
    const alone = await runCli(["validate", pkg, "--json"]);
    expect(alone.code).toBe(0);
    const withPrevious = await runCli(["validate", pkg, "--previous", TELEMARK_2023, "--json"]);
    expect(withPrevious.code).toBe(1);
    expect(JSON.parse(withPrevious.stdout).results[0].issues).toContainEqual(
      expect.objectContaining({ code: "change_unexplained", severity: "error", cell: null }),
    );
  });

  it("--previous: every template of last year counts (beds and staffing apart); copies that disagree are refused", async () => {
    const pkg = join(folders.make(), "telemark-2024.hso.json");
    const beds = {
      unit: { org: "983975267", name: "Sykehuset Telemark HF" },
      year: 2024,
      templates: { beds: "2025.1" },
      values: { "beds.phv_adult_total": 103, "beds.count_date": "2024-11-15" },
    };
    writeFileSync(pkg, packageText(buildPackage(beds)));
    // The staffing package sorts after the beds one; it used to take the beds' place as "last year".
    const lastYear = folders.make();
    copyFileSync(TELEMARK_2023, join(lastYear, "telemark-2023.hso.json"));
    copyFileSync(
      join(ROOT, "examples/packages/telemark-bemanning-2023.hso.json"),
      join(lastYear, "telemark-bemanning-2023.hso.json"),
    );
    const both = await runCli(["validate", pkg, "--previous", lastYear, "--json"]);
    expect(JSON.parse(both.stdout).results[0].issues).toContainEqual(
      expect.objectContaining({ code: "change_unexplained", field: "beds.phv_adult_total" }),
    );
    const other = buildPackage({
      ...beds,
      year: 2023,
      values: { ...beds.values, "beds.count_date": "2023-11-15" },
    });
    writeFileSync(join(lastYear, "telemark-2023-kopi.hso.json"), packageText(other));
    const disagreeing = await runCli(["validate", pkg, "--previous", lastYear]);
    expect(disagreeing.code).toBe(2);
    expect(disagreeing.stderr).toMatch(
      /telemark-2023(-kopi)?\.hso\.json og telemark-2023(-kopi)?\.hso\.json .*ulike tall; ingen av dem brukes/,
    );
    expect(disagreeing.stderr).not.toMatch(STACK_FRAME);
  });

  it("shows a progress counter on stderr when checking many files, the report still on stdout", async () => {
    const folder = folders.make();
    for (let index = 0; index < 50; index += 1)
      copyFileSync(TELEMARK_2023, join(folder, `p${index}.hso.json`));
    const run = await runCli(["validate", folder]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("Kontrollerer 25/50 …");
    expect(run.stderr).toContain("Kontrollerer 50/50 …");
    expect(run.stdout).toContain("50 filer kontrollert: 0 med feil, 0 ubrukelige.");
    const few = await runCli(["validate", TELEMARK_2023]);
    expect(few.stderr).toBe("");
  });

  it("exits 2 without a stack trace when a path does not exist or no command is given", async () => {
    const missing = await runCli(["validate", "no/such/file.xlsx"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("hso-report: Finner ikke «no/such/file.xlsx».\n");
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Bruk:");
    const unknown = await runCli(["frobnicate", "--lang", "en"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('hso-report: Unknown command "frobnicate". See hso-report --help.\n');
    const option = await runCli(["validate", "--nope", "x"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^hso-report: Ugyldig valg: Unknown option '--nope'/);
    for (const run of [missing, none, unknown, option]) expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
