import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const FIREFOX_BUILD = resolve(ROOT, "dist/extension-firefox");

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

describe("web-ext lint", () => {
  // Linting takes ~10 s (Mozilla's addons-linter parses every bundle); the bound only guards against a hang.
  it("passes on the Firefox build with no error and no manifest warning", { timeout: 120_000 }, async () => {
    expect(existsSync(FIREFOX_BUILD), "run `npx vite build` first").toBe(true);
    const { stdout } = await promisify(execFile)(
      resolve(ROOT, "node_modules/.bin/web-ext"),
      ["lint", "--source-dir", FIREFOX_BUILD, "--output", "json", "--no-config-discovery"],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((warning) => warning.file === "manifest.json")).toEqual([]);
    // zod's eval probe is gone from the build (extension/build/zod-without-eval-probe.ts).
    expect(report.warnings.filter((warning) => warning.code === "DANGEROUS_EVAL")).toEqual([]);
  });
});
