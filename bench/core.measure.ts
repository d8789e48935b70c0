import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { it } from "vitest";
import { recordResults } from "./record";

/**
 * The core's budget (1,000 packages validated in < 50 ms) is about the core as it ships: bundled.
 * Under the test runner every cross-module call goes through its module wrappers, which made the same
 * work about 1.6× slower here; so the workload is bundled and timed in a Node process of its own.
 */
it("measures the core on 1,000 packages", async () => {
  const outDir = mkdtempSync(join(tmpdir(), "hso-core-bench-"));
  try {
    await build({
      configFile: false,
      logLevel: "silent",
      // Everything in one file, zod included, as in the extension and the task pane.
      ssr: { noExternal: true },
      build: {
        ssr: resolve(import.meta.dirname, "core-workload.ts"),
        outDir,
        target: "node20",
        rolldownOptions: { output: { entryFileNames: "core-workload.mjs" } },
      },
    });
    const output = execFileSync(process.execPath, [join(outDir, "core-workload.mjs")], { encoding: "utf8" });
    const figures = JSON.parse(output) as { coreValidate1000Ms: number; coreParseValidate1000Ms: number };
    recordResults(figures);
    console.log(figures);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 600_000);
