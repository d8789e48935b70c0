import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { it } from "vitest";
import { checkFile } from "../cli/files/check-file";
import { writeTemplateWorkbook } from "../cli/workbook/write-template";
import { fillWorkbook, TELEMARK_2024_BEDS } from "../test/cli/fill-workbook";
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
