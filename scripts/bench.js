#!/usr/bin/env node
// Runs every bench/*.measure.ts once (each merges its figures into bench/results.json), then prints
// the figures beside the budgets in BUDGETS. Budgets are reported, not enforced: machines are noisy.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const BUDGETS = {
  coreValidate1000Ms: ["<", 50],
  cliValidateVsLoadRatio: ["<=", 1.3],
  cliPackagesVsNodeRatio: ["<=", 3],
  cliHugeWorkbookPeakMB: ["<=", 400],
  syncsPerValidation: ["<=", 2],
  syncsPerUnchangedPass: ["<=", 1],
  fill200Ms: ["<", 100],
  fillClickMs: ["<", 1000],
  "gzipKB.taskpane": ["<=", 45],
  "gzipKB.popup": ["<=", 30],
  "gzipKB.content": ["<=", 20],
  reportMs: ["<", 2000],
};

// Measured and printed beside the budgets, with no budget of their own: what the task pane downloads
// only when a feature is first used (docs/addin.md). gzipKB.taskpane is its first load.
const REPORTED = ["gzipKB.taskpaneLazy", "gzipKB.taskpaneAll"];

rmSync(new URL("../bench/results.json", import.meta.url), { force: true });
const run = spawnSync("npx", ["vitest", "run", "--configLoader", "runner", "--project", "bench"], {
  stdio: "inherit",
});
if (run.status !== 0) process.exit(run.status ?? 1);

const results = JSON.parse(readFileSync(new URL("../bench/results.json", import.meta.url), "utf8"));
const read = (key) => key.split(".").reduce((value, part) => value?.[part], results);
for (const [key, [op, budget]] of Object.entries(BUDGETS)) {
  const value = read(key);
  const within =
    value === undefined ? "not measured" : (op === "<" ? value < budget : value <= budget) ? "ok" : "OVER";
  console.log(`${key.padEnd(24)} ${String(value ?? "-").padStart(10)}   budget ${op} ${budget}   ${within}`);
}
for (const key of REPORTED) {
  console.log(`${key.padEnd(24)} ${String(read(key) ?? "-").padStart(10)}   (reported, no budget)`);
}
