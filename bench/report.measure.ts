import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { it } from "vitest";
import { fullRound } from "../test/fixtures/full-round";
import { recordResults } from "./record";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = 7;
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
    const run = () => {
      const start = performance.now();
      execFileSync(
        process.execPath,
        [join(ROOT, "bin/hso-report.js"), "report", folder, "--year", String(YEARS.at(-1)), "--out", out],
        { stdio: "ignore" },
      );
      return performance.now() - start;
    };
    run(); // warm-up: the disk cache, not the report, is what a first run measures
    const samples = Array.from({ length: RUNS }, run);
    const reportMs = Math.round(median(samples));
    recordResults({ reportMs });
    console.log({ reportMs, files, templates, samples: samples.map(Math.round) });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}, 600_000);
