import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edited } from "../fixtures/bad-input/corpus";
import { ROOT, requireBuiltCli, runCli, STACK_FRAME, temporaryFolders } from "./cli-harness";
import { makeBedsWorkbook } from "./make-workbook";

const folders = temporaryFolders("hso-walk");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

// root ignores file permissions: as root, the CLI is run as `nobody` through util-linux's setpriv.
const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync("setpriv", ["--version"], { stdio: "ignore" }).status === 0;
// `nobody` must be able to reach the checkout (a clone inside `mktemp -d`, mode 700, is not): the
// test then cannot run as another user, and says so by being skipped rather than failing on that.
const nobodyReachesCli =
  !isRoot ||
  (hasSetpriv &&
    spawnSync(
      "setpriv",
      ["--reuid=65534", "--regid=65534", "--clear-groups", "test", "-r", join(ROOT, "bin/hso-report.js")],
      { stdio: "ignore" },
    ).status === 0);

function runAsUser(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const node = [process.execPath, join(ROOT, "bin/hso-report.js"), ...args];
  const command = isRoot ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ...node] : node;
  const run = spawnSync(command[0] ?? "", command.slice(1), {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("folder walks say what they skip, and the rest still gets judged (issue 9)", {
  timeout: 60_000,
}, () => {
  it("an .ods, an .xls and a symbolic link are each named with why; an .xlsm is judged", async () => {
    const folder = folders.make();
    const good = await makeBedsWorkbook(folder, "telemark.xlsx");
    copyFileSync(good, join(folder, "makro.xlsm"));
    writeFileSync(join(folder, "gammel.xls"), "not read");
    writeFileSync(join(folder, "libre.ods"), "not read");
    symlinkSync(good, join(folder, "lenke.xlsx"));
    const run = await runCli(["validate", folder, "--json"]);
    expect(run.code).toBe(2);
    const results = JSON.parse(run.stdout).results as { file: string; ok: boolean; code?: string }[];
    const byName = (name: string) => results.find((result) => result.file.endsWith(name));
    expect(byName("gammel.xls")?.code).toBe("xlsFormat");
    expect(byName("libre.ods")?.code).toBe("odsFormat");
    expect(byName("lenke.xlsx")?.code).toBe("symlinkSkipped");
    expect(byName("makro.xlsm")?.ok).toBe(true);
    expect(byName("telemark.xlsx")?.ok).toBe(true);
    expect(run.stderr).toMatch(/libre\.ods: Filen er et OpenDocument-regneark/);
    expect(run.stderr).toMatch(/lenke\.xlsx: En symbolsk lenke følges ikke/);
  });

  it.skipIf(!nobodyReachesCli)(
    "an unreadable subfolder is named in the user's language and the run goes on",
    async () => {
      const folder = folders.make();
      await makeBedsWorkbook(folder, "telemark.xlsx");
      const locked = join(folder, "låst");
      mkdirSync(locked);
      chmodSync(locked, 0o000);
      chmodSync(folder, 0o755);
      try {
        const run = runAsUser(["validate", folder]);
        expect(run.code, run.stdout + run.stderr).toBe(2);
        expect(run.stderr).toMatch(/hso-report: Ingen tilgang til «.*låst»/);
        expect(run.stdout).toMatch(/telemark\.xlsx — Sykehuset Telemark HF/);
        expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
      } finally {
        chmodSync(locked, 0o755);
      }
    },
  );

  it("a zip bomb in a batch is refused while the other files get their results, --json printed", async () => {
    const folder = folders.make();
    await makeBedsWorkbook(folder, "telemark.xlsx");
    await edited(folder, "bombe.xlsx", [{ op: "junk-rows", sheet: "Døgnplasser", rows: 400_000, from: 100 }]);
    const run = await runCli(["validate", folder, "--json"]);
    expect(run.code).toBe(2);
    const results = JSON.parse(run.stdout).results;
    expect(results.map((result: { file: string }) => result.file.replace(/.*\//, ""))).toEqual([
      "bombe.xlsx",
      "telemark.xlsx",
    ]);
    expect(results[0]).toMatchObject({ ok: false, code: "partTooLarge" });
    expect(results[1]).toMatchObject({ ok: true, unit: "983975267", year: 2024 });
  });

  it("a missing path among others is one result; the others are judged", async () => {
    const folder = folders.make();
    const good = await makeBedsWorkbook(folder, "telemark.xlsx");
    const run = await runCli(["validate", good, join(folder, "borte.xlsx"), "--json"]);
    expect(run.code).toBe(2);
    const results = JSON.parse(run.stdout).results;
    expect(results).toHaveLength(2);
    expect(results.find((result: { code?: string }) => result.code === "notFound").file).toMatch(
      /borte\.xlsx$/,
    );
  });
});

describe("--json prints JSON for top-level failures too (issue 9)", { timeout: 60_000 }, () => {
  it.each([
    [["validate", "--json"], "missingArgument", { results: [] }],
    [["validate", "--json", "--nope", "x.xlsx"], "badOption", { results: [] }],
    [["validate", "--json", "--lang", "xx", "x.xlsx"], "badLang", { results: [] }],
    [["fields", "nope", "--json"], "unknownTemplate", {}],
  ])("%j: exit 2, valid JSON with the error's code", async (args, code, shape) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ ...shape, error: { code } });
    expect(json.error.message.length).toBeGreaterThan(5);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
