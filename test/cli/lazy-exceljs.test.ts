import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, requireBuiltCli, temporaryFolders } from "./cli-harness";

beforeAll(requireBuiltCli);
const folders = temporaryFolders("hso-lazy");

/** The npm packages a command loaded, by name. */
function packagesLoaded(args: string[]): Set<string> {
  const run = spawnSync(
    process.execPath,
    ["--import", join(import.meta.dirname, "module-log-hook.mjs"), join(ROOT, "bin/hso-report.js"), ...args],
    { cwd: ROOT, encoding: "utf8" },
  );
  const names = [...run.stderr.matchAll(/^MODULE .*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map(
    (m) => m[1] ?? "",
  );
  return new Set(names);
}

describe("commands on packages never load the xlsx library (issue 9)", { timeout: 60_000 }, () => {
  it.each([
    [["validate", "examples/packages/telemark-2023.hso.json"]],
    [["aggregate", "examples/packages", "--field", "beds.phv_adult_total"]],
    [["status", "examples/packages", "--year", "2024"]],
    [["validate", "examples/workbooks/telemark-2025.xlsx"]],
    [["fields", "beds"]],
  ])("%j loads no exceljs", (args) => {
    expect(packagesLoaded(args).has("exceljs")).toBe(false);
  });

  it("while writing a template does (so the log above can see it)", () => {
    const out = join(folders.make(), "t.xlsx");
    expect(
      packagesLoaded(["template", "beds", "--unit", "983975267", "--year", "2024", "--out", out]).has(
        "exceljs",
      ),
    ).toBe(true);
    folders.cleanup();
  });
});
