import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, requireBuiltCli, runCli } from "./cli-harness";

// Inputs an independent tester built without reading our code (test/fixtures/adversary-cli/FINDINGS.md):
// an openpyxl-style writer and a LibreOffice macro. Each case is one of its findings, now answered.
const F = join(ROOT, "test/fixtures/adversary-cli");
beforeAll(requireBuiltCli);

describe("the CLI tester's findings on the new templates", { timeout: 60_000 }, () => {
  it("F4: a misspelt status says the value, the codes allowed, and the other wrong member", async () => {
    const run = await runCli(["validate", join(F, "pk/p-misspell.hso.json")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "«in_plase» ved values.plan_status.children_24_7 er ikke et gyldig valg; gyldige koder er not_started, in_progress, in_place. Også feil ved: values.plan_status.children_pathways.",
    );
    const strings = await runCli(["validate", join(F, "pk/p-numstring.hso.json")]);
    expect(strings.stderr).toMatch(
      /values\.activity\.wait_days_adult.*Også feil ved: values\.capacity_plan\.phv_adult_2026/,
    );
  });

  it("F5: a 5 000-character comment and pasted control characters are warned about at their cells", async () => {
    const run = await runCli(["validate", join(F, "t-note.xlsx"), "--json"]);
    const issues = JSON.parse(run.stdout).results[0].issues as {
      code: string;
      cell: string;
      severity: string;
    }[];
    const warnings = issues.filter((issue) => issue.severity === "warning");
    expect(warnings.map((issue) => `${issue.code}@${issue.cell}`)).toEqual([
      "note_too_long@Tiltak!F8",
      "note_unprintable@Tiltak!F10",
    ]);
    expect(run.code).toBe(0);
  });

  it("F6: a deleted name says the sheet and cell the template gives it", async () => {
    const run = await runCli(["validate", join(F, "t-delname.xlsx")]);
    expect(run.stdout).toContain(
      "«activity.year» mangler i arbeidsboken; feltet kan ikke finnes. Malen har det i Aktivitet!C4",
    );
    expect(run.code).toBe(1);
  });

  it("F7: a sheet LibreOffice copied is warned about at the copy's cell, not the original's org. no.", async () => {
    const run = await runCli(["validate", join(F, "t-lo-edited.xlsx"), "--json"]);
    const issues = JSON.parse(run.stdout).results[0].issues as { code: string; cell: string }[];
    expect(issues.find((issue) => issue.code === "name_sheet_copy")?.cell).toBe("Kapasitetsplan (2)!C3");
  });
});
