import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePackage } from "../../shared/package/parse-package";
import { COMPLETE_BEDS, COMPLETE_STAFFING } from "../shared/report/complete-input";
import { requireBuiltCli, runCli, STACK_FRAME, temporaryFolders } from "./cli-harness";
import { fillWorkbook } from "./fill-workbook";
import { makeBedsWorkbook } from "./make-workbook";

const folders = temporaryFolders("hso-export");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const EXPLANATION = "Midlertidig nedtrekk på grunn av ombygging; tilbake til 110 i 2025.";

describe("hso-report export", { timeout: 60_000 }, () => {
  it("refuses while the 108 → 103 change is unexplained, naming the cell (exit 1, no package)", async () => {
    const folder = folders.make();
    const workbook = await makeBedsWorkbook(folder, "telemark.xlsx");
    const before = readFileSync(workbook);
    const run = await runCli(["export", workbook]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Døgnplasser!C9 – PHV voksne, i alt:");
    expect(run.stdout).toContain("Pakken ble ikke laget: 1 feil må rettes først.");
    expect(() => readFileSync(join(folder, "telemark.hso.json"))).toThrow();
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it("writes a package any strict reader accepts once the change is explained", async () => {
    const folder = folders.make();
    const workbook = await makeBedsWorkbook(folder, "telemark.xlsx", {
      "note.beds.phv_adult_total": EXPLANATION,
    });
    const before = readFileSync(workbook);
    const run = await runCli(["export", workbook]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const parsed = parsePackage(readFileSync(join(folder, "telemark.hso.json"), "utf8"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const pkg = parsed.package;
    expect(pkg.unit).toEqual({ org: "983975267", name: "Sykehuset Telemark HF" });
    expect(pkg.year).toBe(2024);
    expect(pkg.templates).toEqual({ beds: "2025.1" });
    expect(pkg.values["beds.phv_adult_total"]).toBe(103);
    expect(pkg.values["beds.count_date"]).toBe("2024-11-15");
    expect(pkg.notes).toEqual({ "beds.phv_adult_total": EXPLANATION });
    expect(pkg.validation).toMatchObject({ errors: 0, warnings: 0, validator: "1.0.0" });
    expect(pkg.validation?.validatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it("writes to --out and never over the workbook itself (exit 2)", async () => {
    const folder = folders.make();
    const workbook = await makeBedsWorkbook(folder, "t.xlsx", { "note.beds.phv_adult_total": EXPLANATION });
    const out = join(folder, "elsewhere.hso.json");
    expect((await runCli(["export", workbook, "--out", out])).code).toBe(0);
    expect(parsePackage(readFileSync(out, "utf8")).ok).toBe(true);
    const before = readFileSync(workbook);
    const clash = await runCli(["export", workbook, "--out", workbook]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain("overskrives ikke");
    expect(clash.stderr).not.toMatch(STACK_FRAME);
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it("exports both templates from one workbook into one package", async () => {
    const folder = folders.make();
    const template = join(folder, "blank.xlsx");
    const args = ["template", "beds", "staffing", "--unit", "983975267", "--year", "2024", "--out", template];
    expect((await runCli(args)).code).toBe(0);
    const workbook = join(folder, "both.xlsx");
    writeFileSync(
      workbook,
      await fillWorkbook(readFileSync(template), { ...COMPLETE_BEDS, ...COMPLETE_STAFFING }),
    );
    const run = await runCli(["export", workbook]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const parsed = parsePackage(readFileSync(join(folder, "both.hso.json"), "utf8"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.package.templates).toEqual({ beds: "2025.1", staffing: "2025.1" });
    expect(parsed.package.values).toMatchObject({
      "beds.tsb_total": 20.5,
      "beds.count_date": "2024-11-20",
      "staffing.psychologists_fte": 84.35,
      "staffing.sick_leave_pct": 6.4,
    });
  });

  it("says why in English with --lang en", async () => {
    const folder = folders.make();
    const workbook = await makeBedsWorkbook(folder, "t.xlsx");
    const run = await runCli(["export", workbook, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("No package written: 1 error to fix first.");
    expect(run.stdout).toContain("Døgnplasser!C9 – Adult mental health, total:");
  });
});
