import { linkSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";
import { makeBedsWorkbook } from "./make-workbook";

const folders = temporaryFolders("hso-export-links");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const EXPLAINED = { "note.beds.phv_adult_total": "Midlertidig nedtrekk på grunn av ombygging." };

describe("export --out never writes over the workbook through a link (issue 9)", { timeout: 60_000 }, () => {
  it.each([
    ["a symbolic link to the workbook", (workbook: string, out: string) => symlinkSync(workbook, out)],
    ["a hard link to the workbook", (workbook: string, out: string) => linkSync(workbook, out)],
  ])("refuses %s (exit 2), the workbook byte-identical", async (_name, link) => {
    const folder = folders.make();
    const workbook = await makeBedsWorkbook(folder, "telemark.xlsx", EXPLAINED);
    const before = readFileSync(workbook);
    const out = join(folder, "pakke.hso.json");
    link(workbook, out);
    const run = await runCli(["export", workbook, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Utfilen «.*pakke\.hso\.json» er også inndata; den overskrives ikke\./);
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it("refuses the workbook's own path reached through a linked folder", async () => {
    const folder = folders.make();
    const workbook = await makeBedsWorkbook(folder, "telemark.xlsx", EXPLAINED);
    const before = readFileSync(workbook);
    const linked = join(folders.make(), "linked");
    symlinkSync(folder, linked);
    const run = await runCli(["export", workbook, "--out", join(linked, "telemark.xlsx")]);
    expect(run.code).toBe(2);
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it("an --out that is a link to some other file replaces the link, never that file", async () => {
    const folder = folders.make();
    const workbook = await makeBedsWorkbook(folder, "telemark.xlsx", EXPLAINED);
    const other = await makeBedsWorkbook(folders.make(), "annen.xlsx");
    const otherBefore = readFileSync(other);
    const out = join(folder, "pakke.hso.json");
    symlinkSync(other, out);
    const run = await runCli(["export", workbook, "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(other).equals(otherBefore)).toBe(true);
    expect(JSON.parse(readFileSync(out, "utf8")).format).toBe("hso-package@1");
  });
});
