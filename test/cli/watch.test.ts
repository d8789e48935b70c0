import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ROOT, requireBuiltCli, STACK_FRAME, temporaryFolders } from "./cli-harness";
import { makeBedsWorkbook } from "./make-workbook";

const folders = temporaryFolders("hso-watch");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

interface Watcher {
  child: ChildProcess;
  output: () => string;
  errors: () => string;
}

let running: ChildProcess | undefined;
afterEach(() => {
  running?.kill("SIGTERM");
  running = undefined;
});

function startWatch(folder: string): Watcher {
  const child = spawn(process.execPath, [join(ROOT, "bin/hso-report.js"), "watch", folder], { cwd: ROOT });
  running = child;
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return { child, output: () => stdout, errors: () => stderr };
}

/** Polls until `found` holds; no clock in the assertion, only Vitest's own test timeout. */
async function until(found: () => boolean): Promise<void> {
  while (!found()) await new Promise((resolve) => setTimeout(resolve, 50));
}

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

describe("hso-report watch", { timeout: 120_000 }, () => {
  it("prints one line per save, ignores lock and temp files, and survives atomic renames", async () => {
    const source = folders.make();
    const good = await makeBedsWorkbook(source, "good.xlsx");
    const bad = await makeBedsWorkbook(source, "bad.xlsx", { "beds.phv_adult_dps": 64 });
    const folder = folders.make();
    const watcher = startWatch(folder);
    await until(() => watcher.errors().includes("Overvåker"));

    // Saves are written whole and renamed into place, as editors do; a copy caught half-written on
    // a stalled machine would be judged (rightly) as unusable and make the line count flaky.
    copyFileSync(good, join(folder, "first.tmp"));
    renameSync(join(folder, "first.tmp"), join(folder, "telemark.xlsx"));
    await until(() => watcher.output().includes("telemark.xlsx: 0 feil, 1 advarsel"));

    writeFileSync(join(folder, "~$telemark.xlsx"), "Excel's lock file");
    writeFileSync(join(folder, "scratch.tmp"), "temp");
    // An atomic save: the new version is written under a temporary name, then renamed over the old.
    copyFileSync(bad, join(folder, "telemark.xlsx.tmp"));
    renameSync(join(folder, "telemark.xlsx.tmp"), join(folder, "telemark.xlsx"));
    await until(() => watcher.output().includes("telemark.xlsx: 1 feil, 1 advarsel"));

    writeFileSync(join(folder, "broken.xlsx"), "not a workbook");
    await until(() => watcher.output().includes("broken.xlsx: ubrukelig"));

    const seen = lines(watcher.output());
    expect(
      seen.every((line) => /^\d\d:\d\d:\d\d {2}(telemark|broken)\.xlsx: /.test(line)),
      seen.join("\n"),
    ).toBe(true);
    expect(seen.filter((line) => line.includes("telemark.xlsx"))).toHaveLength(2);
    expect(watcher.output() + watcher.errors()).not.toMatch(STACK_FRAME);

    const exited = new Promise<number | null>((resolve) => watcher.child.on("close", resolve));
    watcher.child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("refuses a folder that does not exist (exit 2, one line)", async () => {
    const watcher = startWatch(join(folders.make(), "missing"));
    const code = await new Promise<number | null>((resolve) => watcher.child.on("close", resolve));
    expect(code).toBe(2);
    expect(watcher.errors()).toMatch(/^hso-report: Finner ikke «.*missing»\.\n$/);
  });
});
