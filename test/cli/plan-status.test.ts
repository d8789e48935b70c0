import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namedCell } from "../../examples/named-cell";
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

  it("fields plan_status lists every measure with its choices", async () => {
    const run = await runCli(["fields", "plan_status", "--json"]);
    const fields = JSON.parse(run.stdout) as { id: string }[] | { fields: { id: string }[] };
    const ids = (Array.isArray(fields) ? fields : fields.fields).map((field) => field.id);
    expect(ids).toContain("plan_status.joint_intake");
    expect(ids).toContain("plan_status.children_24_7");
    expect(ids).toHaveLength(21);
  });
});
