import { type ChildProcess, spawn } from "node:child_process";
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { edited } from "../fixtures/bad-input/corpus";
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

  it("judges a replacement with the same size and time (cp -p, mv) by its content (issue 9)", async () => {
    const source = folders.make();
    const stored = { op: "stored" };
    const good = await edited(source, "good.xlsx", [stored]);
    // 63 → 64 keeps every part's length: same size, other figures (the parts no longer add up).
    const bad = await edited(source, "bad.xlsx", [
      stored,
      { op: "number", sheet: "Døgnplasser", cell: "C8", value: "64" },
    ]);
    expect(statSync(bad).size).toBe(statSync(good).size);
    const folder = folders.make();
    const watcher = startWatch(folder);
    await until(() => watcher.errors().includes("Overvåker"));
    const target = join(folder, "telemark.xlsx");
    copyFileSync(good, join(folder, "a.tmp"));
    renameSync(join(folder, "a.tmp"), target);
    await until(() => watcher.output().includes("telemark.xlsx: 0 feil, 1 advarsel"));
    // Whole seconds, so both versions carry exactly the same time.
    const time = 1_700_000_000;
    utimesSync(target, time, time);
    // cp -p: the other version, with the first one's times, moved over it.
    copyFileSync(bad, join(folder, "b.tmp"));
    utimesSync(join(folder, "b.tmp"), time, time);
    renameSync(join(folder, "b.tmp"), target);
    await until(() => watcher.output().includes("telemark.xlsx: 1 feil"));
    expect(statSync(target).mtimeMs).toBe(time * 1000);
  });

  it("says when the folder disappears and judges again when it is back (issue 9)", async () => {
    const source = folders.make();
    const good = await makeBedsWorkbook(source, "good.xlsx");
    const folder = join(folders.make(), "innsendt");
    mkdirSync(folder);
    const watcher = startWatch(folder);
    await until(() => watcher.errors().includes("Overvåker"));
    rmSync(folder, { recursive: true });
    await until(() => watcher.errors().includes("finnes ikke lenger"));
    mkdirSync(folder);
    await until(() => watcher.errors().includes("er tilbake"));
    copyFileSync(good, join(folder, "a.tmp"));
    renameSync(join(folder, "a.tmp"), join(folder, "telemark.xlsx"));
    await until(() => watcher.output().includes("telemark.xlsx: 0 feil, 1 advarsel"));
  });

  it("a slow save (half written, a pause, the rest) gives no 'unusable' line (issue 9)", async () => {
    const good = readFileSync(await makeBedsWorkbook(folders.make(), "good.xlsx"));
    const folder = folders.make();
    const watcher = startWatch(folder);
    await until(() => watcher.errors().includes("Overvåker"));
    const target = join(folder, "sakte.xlsx");
    writeFileSync(target, good.subarray(0, good.length >> 1));
    // Longer than the settle time: the half file is judged, and must not be said to be unusable.
    await new Promise((resolve) => setTimeout(resolve, 900));
    appendFileSync(target, good.subarray(good.length >> 1));
    await until(() => watcher.output().includes("sakte.xlsx: 0 feil, 1 advarsel"));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(watcher.output()).not.toContain("ubrukelig");
  });

  it("refuses a folder that does not exist (exit 2, one line)", async () => {
    const watcher = startWatch(join(folders.make(), "missing"));
    const code = await new Promise<number | null>((resolve) => watcher.child.on("close", resolve));
    expect(code).toBe(2);
    expect(watcher.errors()).toMatch(/^hso-report: Finner ikke «.*missing»\.\n$/);
  });
});
