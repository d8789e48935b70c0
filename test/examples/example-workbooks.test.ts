import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { telemarkWorkbook } from "../../examples/example-workbooks";
import { parsePackage } from "../../shared/package/parse-package";

const ROOT = resolve(import.meta.dirname, "../..");
const WORKBOOKS = resolve(ROOT, "examples/workbooks");
const CLEAN = resolve(WORKBOOKS, "telemark-2025.xlsx");
const MISTAKES = resolve(WORKBOOKS, "telemark-2025-med-feil.xlsx");

function telemark2024() {
  const result = parsePackage(
    readFileSync(resolve(ROOT, "examples/packages/telemark-2024.hso.json"), "utf8"),
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.package;
}

/** `UPDATE_EXAMPLES=1 npx vitest run test/examples` rewrites the example workbooks. */
if (process.env.UPDATE_EXAMPLES === "1") {
  writeFileSync(CLEAN, await telemarkWorkbook(telemark2024(), false));
  writeFileSync(MISTAKES, await telemarkWorkbook(telemark2024(), true));
}

function validateJson(file: string) {
  const run = spawnSync(process.execPath, [resolve(ROOT, "bin/hso-report.js"), "validate", file, "--json"], {
    encoding: "utf8",
  });
  return { status: run.status, result: JSON.parse(run.stdout).results[0] };
}

describe("the example workbooks a newcomer can try (examples/workbooks)", () => {
  it("the clean return validates with no errors and no warnings", () => {
    expect(existsSync(CLEAN)).toBe(true);
    const { status, result } = validateJson(CLEAN);
    expect(result.issues.filter((issue: { severity: string }) => issue.severity !== "info")).toEqual([]);
    expect(status).toBe(0);
  });

  it("the return with mistakes shows each, with its cell, and exits 1", () => {
    const { status, result } = validateJson(MISTAKES);
    expect(status).toBe(1);
    const found = result.issues.map((issue: { code: string; cell: string }) => `${issue.code}@${issue.cell}`);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^not_a_number@Døgnplasser!C11$/),
        expect.stringMatching(/^fte_exceeds_headcount@Bemanning!/),
        expect.stringMatching(/^count_date_outside_year@Døgnplasser!C5$/),
        expect.stringMatching(/^change_unexplained@Døgnplasser!C9$/),
      ]),
    );
  });
});
