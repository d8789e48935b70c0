import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { it } from "vitest";
import { recordResults } from "./record";

const ROOT = resolve(import.meta.dirname, "..");
const EXAMPLES = join(ROOT, "examples/packages");
const RUNS = 7;

/** The example packages of 2020–2024: every unit × five years × every template they hold. */
function reportFolder(): { folder: string; files: number; templates: string[] } {
  const folder = mkdtempSync(join(tmpdir(), "hso-bench-report-"));
  const templates = new Set<string>();
  let files = 0;
  for (const name of readdirSync(EXAMPLES).filter((file) => file.endsWith(".hso.json"))) {
    const pkg = JSON.parse(readFileSync(join(EXAMPLES, name), "utf8")) as { year: number; templates: object };
    if (pkg.year < 2020 || pkg.year > 2024) continue;
    for (const id of Object.keys(pkg.templates)) templates.add(id);
    copyFileSync(join(EXAMPLES, name), join(folder, name));
    files += 1;
  }
  return { folder, files, templates: [...templates].sort() };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** `reportMs`: the whole `hso-report report` run, Node's start included, as a user waits for it. */
it("measures the report for every unit × 2020–2024 × every template, the process included", () => {
  const { folder, files, templates } = reportFolder();
  try {
    const out = join(folder, "rapport.html");
    const run = () => {
      const start = performance.now();
      execFileSync(
        process.execPath,
        [join(ROOT, "bin/hso-report.js"), "report", folder, "--year", "2024", "--out", out],
        {
          stdio: "ignore",
        },
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
