import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { it } from "vitest";
import { fullRound } from "../test/fixtures/full-round";
import { recordResults } from "./record";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = 7;
/** Makes the child print its own CPU time on exit (as bench/cli.measure.ts uses it). */
const HOOK = join(import.meta.dirname, "resource-usage.mjs");
/** Five reporting years, the last the report's: every template is asked by then. */
const YEARS = [2021, 2022, 2023, 2024, 2025];

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * `reportMs`: the whole `hso-report report` run, Node's start included, as a user waits for it, on a
 * synthetic round written now into a temporary folder: every reporting unit × five years × every
 * template of the catalogue it owes (one file per return, each made from a checked-in example).
 */
it("measures the report for every unit × 2021–2025 × every template, the process included", () => {
  const { folder, files, templates } = fullRound(YEARS);
  try {
    const out = join(folder, "rapport.html");
    const cpu: number[] = [];
    const run = () => {
      const start = performance.now();
      const result = spawnSync(
        process.execPath,
        [
          "--import",
          pathToFileURL(HOOK).href,
          join(ROOT, "bin/hso-report.js"),
          "report",
          folder,
          "--year",
          String(YEARS.at(-1)),
          "--out",
          out,
        ],
        { encoding: "utf8" },
      );
      const elapsed = performance.now() - start;
      if (result.status !== 0) throw new Error(`report failed: ${result.stderr}`);
      cpu.push(Number(/RESOURCE (\d+) /.exec(result.stderr)?.[1] ?? Number.NaN) / 1000);
      return elapsed;
    };
    run(); // warm-up: the disk cache, not the report, is what a first run measures
    cpu.length = 0;
    const samples = Array.from({ length: RUNS }, run);
    const reportMs = Math.round(median(samples));
    // The wall time is the budget's figure; the CPU time beside it says how much of it was the
    // report's own work on a machine other jobs were loading.
    const reportCpuMs = Math.round(median(cpu));
    recordResults({ reportMs, reportCpuMs });
    console.log({ reportMs, reportCpuMs, files, templates, samples: samples.map(Math.round) });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}, 600_000);
