import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackage, packageText } from "../../shared/package/build-package";
import { ROOT, requireBuiltCli, runCli, STACK_FRAME, temporaryFolders } from "./cli-harness";

const folders = temporaryFolders("hso-regional-hostile");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const FIELD = "beds.phv_adult_total";
/** The first bytes of an OLE2 compound file: an old .xls someone saved under a package's name. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

/** The example packages, and beside them an empty file and an old .xls, both named as packages. */
function folderWithStrays(): string {
  const folder = folders.make();
  cpSync(join(ROOT, "examples/packages"), folder, { recursive: true });
  writeFileSync(join(folder, "tom.hso.json"), "");
  writeFileSync(join(folder, "gammel.hso.json"), OLE);
  return folder;
}

describe("regional commands on a folder as the world leaves it", { timeout: 120_000 }, () => {
  it("aggregate lists an empty file and an old .xls among the packages and still gives the table (exit 1)", async () => {
    const folder = folderWithStrays();
    const run = await runCli(["aggregate", folder, "--field", FIELD, "--json"]);
    expect(run.code).toBe(1);
    const table = JSON.parse(run.stdout);
    expect(table.total["2024"]).toBe(1511);
    const files = table.refused.map((refusal: { file: string }) => refusal.file).sort();
    expect(files).toEqual([join(folder, "gammel.hso.json"), join(folder, "tom.hso.json")]);
    expect(run.stderr).toMatch(/tom\.hso\.json: .*Filen er tom\./);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("status and report name the stray files and still do their work", async () => {
    const folder = folderWithStrays();
    const status = await runCli(["status", folder, "--year", "2024", "--json"]);
    expect(status.code).toBe(1);
    const table = JSON.parse(status.stdout);
    expect(table.refused.map((refusal: { file: string }) => refusal.file)).toEqual(
      expect.arrayContaining([join(folder, "tom.hso.json"), join(folder, "gammel.hso.json")]),
    );
    expect(table.units.find((row: { org: string }) => row.org === "983975267").returns.staffing.state).toBe(
      "ready",
    );
    const out = join(folders.make(), "status.html");
    const report = await runCli(["report", folder, "--year", "2024", "--out", out]);
    expect(report.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("refuses a --year outside 2000–2100 (exit 2) as its words say, in JSON too", async () => {
    const out = join(folders.make(), "r.html");
    for (const year of ["0000", "1999", "2101", "9999"]) {
      const status = await runCli(["status", "examples/packages", "--year", year, "--json"]);
      expect(status.code).toBe(2);
      expect(JSON.parse(status.stdout).error.code).toBe("badYear");
      const report = await runCli(["report", "examples/packages", "--year", year, "--out", out]);
      expect(report.code).toBe(2);
      expect(report.stderr).toContain(`«${year}» er ikke et gyldig rapporteringsår`);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("never writes --out over an input reached through a symbolic or a hard link (exit 2)", async () => {
    const folder = folders.make();
    const input = join(folder, "telemark.html");
    copyFileSync(join(ROOT, "examples/packages/telemark-2024.hso.json"), input);
    const table = join(folder, "telemark.csv");
    copyFileSync(join(ROOT, "examples/packages/telemark-2024.hso.json"), table);
    const before = readFileSync(input, "utf8");
    symlinkSync(input, join(folder, "lenke.html"));
    linkSync(table, join(folder, "hard.csv"));
    const report = await runCli(["report", input, "--year", "2024", "--out", join(folder, "lenke.html")]);
    const aggregate = await runCli(["aggregate", table, "--field", FIELD, "--out", join(folder, "hard.csv")]);
    for (const run of [report, aggregate]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/er også inndata; den overskrives ikke/);
    }
    expect(readFileSync(input, "utf8")).toBe(before);
    expect(readFileSync(table, "utf8")).toBe(before);
  });

  it("a --out in a folder that does not exist is one clear refusal (exit 2); --json prints one valid document", async () => {
    const out = join(folders.make(), "finnes-ikke", "tabell.csv");
    const aggregate = await runCli([
      "aggregate",
      "examples/packages",
      "--field",
      FIELD,
      "--json",
      "--out",
      out,
    ]);
    expect(aggregate.code).toBe(2);
    expect(JSON.parse(aggregate.stdout).error.code).toBe("notWritten");
    expect(aggregate.stderr).toContain(`Kan ikke skrive «${out}»`);
    const html = join(folders.make(), "finnes-ikke", "status.html");
    const report = await runCli(["report", "examples/packages", "--year", "2024", "--out", html]);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain(`Kan ikke skrive «${html}»`);
    expect(report.stderr).not.toMatch(/Uventet feil|STACK/);
  });

  it("report names, under the bed table, both packages of a conflicting duplicate it left out", async () => {
    const folder = folders.make();
    cpSync(join(ROOT, "examples/packages"), folder, { recursive: true });
    const original = JSON.parse(readFileSync(join(folder, "telemark-2024.hso.json"), "utf8"));
    const other = buildPackage({ ...original, values: { ...original.values, "beds.phv_adult_total": 104 } });
    writeFileSync(join(folder, "telemark-2024-ny.hso.json"), packageText(other));
    const out = join(folders.make(), "status.html");
    expect((await runCli(["report", folder, "--year", "2024", "--out", out])).code).toBe(0);
    const html = readFileSync(out, "utf8");
    const section = html.slice(html.indexOf('id="dognplasser"'), html.indexOf("</section>"));
    expect(section).toContain("Ikke med i tabellen");
    expect(section).toContain("telemark-2024-ny.hso.json: en annen pakke for Sykehuset Telemark HF 2024");
    expect(section).toContain("telemark-2024.hso.json: en annen pakke for Sykehuset Telemark HF 2024");
    // The chart's words name the incomplete year and claim "most beds" only of the units that sent.
    expect(section).toContain("kan ikke sammenlignes fordi enheter mangler i 2024.");
    expect(section).toContain(
      "Flest plasser i 2024 blant enhetene som har sendt: Oslo universitetssykehus HF",
    );
  });
});
