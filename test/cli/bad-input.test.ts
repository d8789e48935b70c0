import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_INPUTS } from "../fixtures/bad-input/corpus";
import { requireBuiltCli, runCli, STACK_FRAME, temporaryFolders } from "./cli-harness";

const folders = temporaryFolders("hso-bad-input");
const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

describe("hso-report validate on the bad-input corpus", { timeout: 120_000 }, () => {
  for (const bad of BAD_INPUTS) {
    it.skipIf(bad.soffice === true && !hasSoffice)(
      `${bad.name}: exit ${bad.exit}, says why, no stack trace, file untouched`,
      async () => {
        const file = await bad.make(folders.make());
        const before = readFileSync(file);
        const run = await runCli(["validate", file]);
        expect(run[bad.stream]).toMatch(bad.message);
        expect(run.code, run.stdout + run.stderr).toBe(bad.exit);
        expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
        if (bad.exit === 2) expect(run.stderr.trim().split("\n"), run.stderr).toHaveLength(1);
        if (bad.code !== undefined) expect(await jsonCodes(file)).toContainEqual(expected(bad));
        expect(readFileSync(file).equals(before)).toBe(true);
      },
    );
  }

  it("says the same in English, and --json marks the unusable file with its reason", async () => {
    const empty = BAD_INPUTS.find((bad) => bad.name === "an empty file");
    const file = await empty?.make(folders.make());
    if (!file) throw new Error("corpus lacks the empty file");
    const run = await runCli(["validate", file, "--lang", "en", "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("The file is empty.");
    expect(JSON.parse(run.stdout).results[0]).toEqual({
      file,
      ok: false,
      unit: null,
      year: null,
      issues: [],
      error: "The file is empty.",
      code: "emptyFile",
    });
  });
});

/** The codes and cells `validate --json` gives for a file: its issues', or its refusal's. */
async function jsonCodes(file: string): Promise<{ code: string; cell?: string | null }[]> {
  const run = await runCli(["validate", file, "--json"]);
  const [result] = JSON.parse(run.stdout).results;
  if (result.code) return [{ code: result.code }];
  return result.issues.map((issue: { code: string; cell: string | null }) => ({
    code: issue.code,
    cell: issue.cell,
  }));
}

function expected(bad: (typeof BAD_INPUTS)[number]): { code: string; cell?: string | null } {
  return bad.exit === 2 ? { code: bad.code ?? "" } : { code: bad.code ?? "", cell: bad.cell ?? null };
}
