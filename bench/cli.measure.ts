import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { checkFile } from "../cli/files/check-file";
import { writeTemplateWorkbook } from "../cli/workbook/write-template";
import { fillWorkbook, TELEMARK_2024_BEDS } from "../test/cli/fill-workbook";
import { edited } from "../test/fixtures/bad-input/corpus";
import { recordResults } from "./record";

// Loads vary by ±15 % from run to run here (garbage collection); 15 pairs keep the median steady.
const RUNS = 15;
const JUNK_ROWS = 20_000;

/** A large template workbook: both templates filled, plus 20 000 rows of junk on another sheet. */
async function largeWorkbook(): Promise<Buffer> {
  const template = await writeTemplateWorkbook({
    templates: ["beds", "staffing"],
    unit: "983975267",
    year: 2024,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fillWorkbook(template, TELEMARK_2024_BEDS)) as never);
  const junk = workbook.addWorksheet("Junk");
  for (let row = 1; row <= JUNK_ROWS; row += 1) junk.addRow([row, `tekst ${row}`, row * 0.5, row % 7]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

it("measures validating a workbook with the CLI against only loading it with exceljs", {
  timeout: 600_000,
}, async () => {
  const folder = mkdtempSync(join(tmpdir(), "hso-bench-cli-"));
  try {
    const file = join(folder, "large.xlsx");
    writeFileSync(file, await largeWorkbook());
    const load = async () => new ExcelJS.Workbook().xlsx.load(readFileSync(file) as never);
    const check = async () => checkFile(file, { workbookPhase: "edit" });
    await load(); // warm-up: module loading and JIT are not what the budget is about
    await check();
    const loads: number[] = [];
    const checks: number[] = [];
    // Interleaved and alternating which goes first, so a slow spell of the machine or a garbage
    // collection left by the other side hits both alike.
    for (let run = 0; run < RUNS; run += 1) {
      if (run % 2 === 0) {
        loads.push(await timed(load));
        checks.push(await timed(check));
      } else {
        checks.push(await timed(check));
        loads.push(await timed(load));
      }
    }
    const ratio = median(checks) / median(loads);
    recordResults({ cliValidateVsLoadRatio: Math.round(ratio * 100) / 100 });
    console.log(
      `cli validate ${median(checks).toFixed(0)} ms / exceljs load ${median(loads).toFixed(0)} ms = ${ratio.toFixed(2)}`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

const ROOT = resolve(import.meta.dirname, "..");
const HOOK = join(import.meta.dirname, "resource-usage.mjs");
const PROCESS_RUNS = 9;

/** Runs node with the resource hook; answers its CPU time (ms), peak memory (MB) and exit code. */
function measured(args: string[]) {
  const run = spawnSync(process.execPath, ["--import", HOOK, ...args], { cwd: ROOT, encoding: "utf8" });
  const match = /RESOURCE (\d+) (\d+)/.exec(run.stderr);
  if (!match) throw new Error(`no resource line: ${run.stderr.slice(-500)}`);
  return {
    cpuMs: Number(match[1]) / 1000,
    peakMB: Number(match[2]) / 1024,
    code: run.status,
    stdout: run.stdout,
  };
}

it("measures aggregate of 50 packages against a bare node (packages need no xlsx library)", {
  timeout: 300_000,
}, () => {
  // The budget's workload: the ten trusts' 50 beds packages of the paper's table, not every example
  // (examples/packages also holds the RHF's and the staffing packages).
  const folder = mkdtempSync(join(tmpdir(), "hso-bench-50-"));
  const beds = readdirSync("examples/packages").filter(
    (name) => /^(?!helse-sor-ost)[a-z-]+-\d{4}\.hso\.json$/.test(name) && !name.includes("bemanning"),
  );
  expect(beds).toHaveLength(50);
  for (const name of beds) copyFileSync(join("examples/packages", name), join(folder, name));
  const cli = ["bin/hso-report.js", "aggregate", folder, "--field", "beds.phv_adult_total"];
  const bare: number[] = [];
  const aggregate: number[] = [];
  // CPU time of the child, interleaved: wall time on a shared 2-core machine measures the neighbours.
  for (let run = 0; run < PROCESS_RUNS; run += 1) {
    bare.push(measured(["-e", "0"]).cpuMs);
    aggregate.push(measured(cli).cpuMs);
  }
  rmSync(folder, { recursive: true, force: true });
  const ratio = median(aggregate) / median(bare);
  recordResults({ cliPackagesVsNodeRatio: Math.round(ratio * 100) / 100 });
  console.log(
    `aggregate ${median(aggregate).toFixed(0)} ms CPU / node -e 0 ${median(bare).toFixed(0)} ms = ${ratio.toFixed(2)}`,
  );
});

it("measures peak memory on a 1,000,000-row workbook and a zip bomb, each ending in a result or a refusal", {
  timeout: 600_000,
}, async () => {
  const folder = mkdtempSync(join(tmpdir(), "hso-bench-huge-"));
  try {
    const sheet = "Døgnplasser";
    const inputs = {
      // A million rows of other data on a sheet of its own: the fields are still read (a result).
      "million-rows-other-sheet": await edited(folder, "other.xlsx", [
        { op: "copy-sheet", sheet, as: "Data" },
        { op: "junk-rows", sheet: "Data", rows: 1_000_000, from: 100 },
      ]),
      // A million rows under the fields themselves: refused before unpacking.
      "million-rows-field-sheet": await edited(folder, "same.xlsx", [
        { op: "junk-rows", sheet, rows: 1_000_000, from: 100 },
        { op: "dimension", sheet, ref: "A1:G1000099" },
      ]),
      // Highly compressible rows that claim no dimension: refused by the zip directory's sizes.
      "zip-bomb": await edited(folder, "bomb.xlsx", [{ op: "junk-rows", sheet, rows: 1_000_000, from: 100 }]),
    };
    const peaks: Record<string, number> = {};
    for (const [name, file] of Object.entries(inputs)) {
      const run = measured(["bin/hso-report.js", "validate", file, "--json"]);
      const [result] = JSON.parse(run.stdout).results;
      const ended = result.code ? `refused (${result.code})` : `result (${result.issues.length} issues)`;
      if (run.code === null || run.code > 2) throw new Error(`${name}: exit ${run.code}`);
      peaks[name] = Math.round(run.peakMB);
      console.log(`${name}: ${ended}, exit ${run.code}, peak ${run.peakMB.toFixed(0)} MB`);
    }
    recordResults({ cliHugeWorkbookPeakMB: Math.max(...Object.values(peaks)) });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
