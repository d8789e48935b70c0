import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackage, packageText } from "../../shared/package/build-package";
import { parsePackage } from "../../shared/package/parse-package";
import { ROOT, requireBuiltCli, runCli, STACK_FRAME, temporaryFolders } from "./cli-harness";

const folders = temporaryFolders("hso-status");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

describe("hso-report status", { timeout: 60_000 }, () => {
  it("shows unit × template for the year, Sunnaas owing no beds and the RHF only beds; a return with warnings only is not ready (exit 1)", async () => {
    const run = await runCli(["status", "examples/packages", "--year", "2024", "--json"]);
    const table = JSON.parse(run.stdout);
    expect(table.year).toBe(2024);
    expect(table.templates).toEqual(expect.arrayContaining(["beds", "staffing"]));
    const row = (org: string) => table.units.find((unit: { org: string }) => unit.org === org);
    // The paper's packages carry no count date: a warning, so the trusts' beds are in but not ready.
    expect(row("983975267").returns.beds).toMatchObject({ state: "warnings", errors: 0, unexplained: 0 });
    expect(row("983975267").returns.staffing.state).toBe("ready");
    expect(row("883971752").returns.beds.state).toBe("not_expected");
    expect(row("883971752").returns.staffing.state).toBe("ready");
    expect(row("991324968").returns.beds.state).toBe("ready");
    expect(row("991324968").returns.staffing.state).toBe("not_expected");
    expect(row("983975267").lastChange).toBe("2025-02-20T09:30:00Z");
    const states = table.units.flatMap((unit: { returns: Record<string, { state: string }> }) =>
      ["beds", "staffing"].map((id) => unit.returns[id]?.state),
    );
    expect(states.filter((state: string) => !["ready", "warnings", "not_expected"].includes(state))).toEqual(
      [],
    );
    expect(table.complete).toBe(false);
    expect(run.code).toBe(1);
    const text = await runCli(["status", "examples/packages", "--year", "2024"]);
    expect(text.code).toBe(1);
    // Only the clean returns count as ready in the summary line.
    const every = table.units.flatMap((unit: { returns: Record<string, { state: string }> }) =>
      Object.values(unit.returns).map((cell) => cell.state),
    );
    const ready = every.filter((state: string) => state === "ready").length;
    const owed = every.filter((state: string) => state !== "not_expected").length;
    expect(text.stdout).toContain(`Klare innsendinger: ${ready} av ${owed}.`);
    expect(every).toContain("warnings");
  });

  it("says missing when a return has not come in (exit 1)", async () => {
    const folder = folders.make();
    cpSync(join(ROOT, "examples/packages"), folder, { recursive: true });
    rmSync(join(folder, "telemark-bemanning-2024.hso.json"));
    const run = await runCli(["status", folder, "--year", "2024"]);
    expect(run.code).toBe(1);
    const telemark = run.stdout.split("\n").find((line) => line.startsWith("Sykehuset Telemark HF")) ?? "";
    expect(telemark.split(/\s{2,}/).slice(1, 3)).toEqual(["advarsler (1)", "mangler"]);
    const json = JSON.parse((await runCli(["status", folder, "--year", "2024", "--json"])).stdout);
    const row = json.units.find((unit: { org: string }) => unit.org === "983975267");
    expect(row.returns.staffing.state).toBe("missing");
    expect(row.returns.beds.state).toBe("warnings");
  });

  it("counts the unexplained changes against last year and lists them under the table", async () => {
    const run = await runCli(["status", "examples/packages", "--year", "2023"]);
    expect(run.code).toBe(1);
    const vestfold = run.stdout.split("\n").find((line) => line.startsWith("Sykehuset i Vestfold HF")) ?? "";
    expect(vestfold.split(/\s{2,}/).slice(1, 3)).toEqual(["feil (1)", "klar"]);
    expect(vestfold).toMatch(/\s1\s+20\.02\.2024$/);
    expect(run.stdout).toContain(
      "Sykehuset i Vestfold HF: beds.phv_adult_total endret fra 95 til 103 uten forklaring",
    );
    expect(run.stdout).toMatch(/^Helse Sør-Øst RHF\s+feil \(1\)\s+–/m);
  });

  it("says where it is on stderr while reading many files, and names a refused file there", async () => {
    const folder = folders.make();
    cpSync(join(ROOT, "examples/packages"), folder, { recursive: true });
    const pkg = buildPackage({
      unit: { org: "123456785", name: "\u001b[2JUkjent" },
      year: 2024,
      templates: { beds: "2025.1" },
      values: { "beds.phv_adult_total": 3 },
    });
    writeFileSync(join(folder, "ukjent.hso.json"), packageText(pkg));
    const run = await runCli(["status", folder, "--year", "2024"]);
    // The stranger's file owes nothing: it is named on stderr and changes no return.
    expect(run.code).toBe((await runCli(["status", "examples/packages", "--year", "2024"])).code);
    expect(run.stderr).toMatch(/Kontrollerer (\d+)\/\1 /);
    expect(run.stderr).toMatch(/ukjent\.hso\.json: ukjent enhet 123456785/);
    expect(run.stdout + run.stderr).not.toContain("\u001b");
  });

  it("shows two disagreeing copies of a return as a conflict naming both files, neither counted ready", async () => {
    const folder = folders.make();
    cpSync(join(ROOT, "examples/packages"), folder, { recursive: true });
    const parsed = parsePackage(readFileSync(join(folder, "telemark-bemanning-2024.hso.json"), "utf8"));
    if (!parsed.ok) throw new Error(parsed.error.code);
    const { digest: _digest, ...rest } = parsed.package;
    const other = buildPackage({
      ...rest,
      values: { ...rest.values, "staffing.senior_consultants_headcount": 51 },
    });
    writeFileSync(join(folder, "telemark-bemanning-2024-v2.hso.json"), packageText(other));
    const before = JSON.parse(
      (await runCli(["status", "examples/packages", "--year", "2024", "--json"])).stdout,
    );
    const json = JSON.parse((await runCli(["status", folder, "--year", "2024", "--json"])).stdout);
    const row = json.units.find((unit: { org: string }) => unit.org === "983975267");
    expect(row.returns.staffing.state).toBe("conflict");
    expect(row.returns.staffing.conflicting.map((file: string) => basename(file)).sort()).toEqual([
      "telemark-bemanning-2024-v2.hso.json",
      "telemark-bemanning-2024.hso.json",
    ]);
    const readyIn = (table: { units: { returns: Record<string, { state: string }> }[] }) =>
      table.units.flatMap((unit) => Object.values(unit.returns)).filter((cell) => cell.state === "ready")
        .length;
    expect(readyIn(json)).toBe(readyIn(before) - 1);
    const text = await runCli(["status", folder, "--year", "2024"]);
    expect(text.code).toBe(1);
    const telemark = text.stdout.split("\n").find((line) => line.startsWith("Sykehuset Telemark HF")) ?? "";
    expect(telemark.split(/\s{2,}/)[2]).toBe("motstrid");
    const line = text.stdout
      .split("\n")
      .find((l) => l.startsWith("Sykehuset Telemark HF, Bemanning: motstrid – "));
    expect(line).toMatch(
      /telemark-bemanning-2024(-v2)?\.hso\.json og \S*telemark-bemanning-2024(-v2)?\.hso\.json /,
    );
    expect(line).toContain("telemark-bemanning-2024-v2.hso.json");
    expect(line).toContain("har ulike tall eller merknader; ingen av dem er regnet som klar");
    // 2025 is checked against 2024, whose two copies disagree: both named, no change checked.
    const next = await runCli(["status", folder, "--year", "2025"]);
    expect(next.stdout).toMatch(/Sykehuset Telemark HF, Bemanning: fjorårets pakker er i motstrid \(/);
  });

  it("refuses a missing or malformed --year (exit 2) in one line", async () => {
    const none = await runCli(["status", "examples/packages"]);
    const bad = await runCli(["status", "examples/packages", "--year", "24"]);
    for (const run of [none, bad]) {
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
  });
});
