import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namedCell } from "../../examples/named-cell";
import { buildPackage, packageText } from "../../shared/package/build-package";
import { parsePackage } from "../../shared/package/parse-package";
import { ROOT, requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";

const folders = temporaryFolders("hso-plan-status");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

/** Innlandet's 2026 return: "Oppfølging av etterlatte" went back from in place, with a comment in F. */
const EXAMPLE = join(ROOT, "examples/board/plan-status/innlandet-2026.xlsx");

async function withoutComment(name: string): Promise<string> {
  const file = join(folders.make(), "innlandet-2026.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  namedCell(workbook, name).value = null;
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("hso-report on plan status", { timeout: 60_000 }, () => {
  it("reads each measure's comment: the example return is clean (the CLI once skipped comments of statuses)", async () => {
    const run = await runCli(["validate", EXAMPLE]);
    expect(run.stdout).toMatch(/2026: OK/);
    expect(run.code).toBe(0);
  });

  it("a status that went back without a comment: a warning while editing, export refused", async () => {
    const file = await withoutComment("note.plan_status.bereaved_follow_up");
    const validate = await runCli(["validate", file, "--json"]);
    const issues = JSON.parse(validate.stdout).results[0].issues as { code: string; cell: string }[];
    expect(issues.map((issue) => `${issue.code}@${issue.cell}`)).toEqual([
      expect.stringMatching(/^status_went_back@Tiltak!C\d+$/),
    ]);
    const exported = await runCli(["export", file, "--out", join(folders.make(), "out.hso.json")]);
    expect(exported.code).toBe(1);
  });

  it("a blank status: a warning naming the cell while editing, an error naming it at export", async () => {
    const file = await withoutComment("plan_status.joint_intake");
    const validate = await runCli(["validate", file, "--json"]);
    const issues = JSON.parse(validate.stdout).results[0].issues as {
      code: string;
      severity: string;
      cell: string;
    }[];
    expect(issues.map((issue) => `${issue.code}:${issue.severity}@${issue.cell}`)).toEqual([
      expect.stringMatching(/^status_missing:warning@Tiltak!C\d+$/),
    ]);
    expect(validate.code).toBe(0);
    const exported = await runCli(["export", file, "--out", join(folders.make(), "out.hso.json")]);
    expect(exported.code).toBe(1);
    expect(exported.stdout + exported.stderr).toMatch(/Tiltak!C\d+.*Status mangler/s);
  });

  it("a package without a measure's status is refused by validate, naming the field", async () => {
    const parsed = parsePackage(
      await readFile(join(ROOT, "examples/board/plan-status/telemark-2026.hso.json"), "utf8"),
    );
    if (!parsed.ok) throw new Error("the example package should parse");
    const { "plan_status.joint_intake": _left, ...values } = parsed.package.values;
    const { validation: _validation, digest: _digest, ...rest } = parsed.package;
    const file = join(folders.make(), "telemark-2026.hso.json");
    await writeFile(file, packageText(buildPackage({ ...rest, values })));
    const run = await runCli(["validate", file, "--json"]);
    const issues = JSON.parse(run.stdout).results[0].issues as {
      code: string;
      severity: string;
      field: string;
    }[];
    expect(issues).toEqual([
      expect.objectContaining({
        code: "status_missing",
        severity: "error",
        field: "plan_status.joint_intake",
      }),
    ]);
    expect(run.code).toBe(1);
  });

  it("fields plan_status lists every measure with its choices", async () => {
    const run = await runCli(["fields", "plan_status", "--json"]);
    const fields = JSON.parse(run.stdout) as { id: string }[] | { fields: { id: string }[] };
    const ids = (Array.isArray(fields) ? fields : fields.fields).map((field) => field.id);
    expect(ids).toContain("plan_status.joint_intake");
    expect(ids).toContain("plan_status.children_24_7");
    expect(ids).toHaveLength(21);
  });
});
