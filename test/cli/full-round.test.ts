import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inputFromPackage, templatesOfPackage } from "../../shared/package/package-input";
import { parsePackage } from "../../shared/package/parse-package";
import { validate } from "../../shared/report/validate";
import { TEMPLATE_IDS } from "../../shared/templates/catalogue";
import { fullRound } from "../fixtures/full-round";
import { requireBuiltCli, runCli } from "./cli-harness";

const round = fullRound([2021, 2022, 2023, 2024, 2025]);
beforeAll(requireBuiltCli);
afterAll(() => rmSync(round.folder, { recursive: true, force: true }));

/** The round `reportMs` is measured on must be the real thing: whole, clean, every section in the report. */
describe("the synthetic full round (bench reportMs)", { timeout: 90_000 }, () => {
  it("holds every unit × five years × every template of the catalogue, each package clean when validated again", () => {
    expect(round.templates).toEqual([...TEMPLATE_IDS].sort());
    const names = readdirSync(round.folder);
    expect(names).toHaveLength(round.files);
    for (const name of names) {
      const parsed = parsePackage(readFileSync(join(round.folder, name)));
      if (!parsed.ok) throw new Error(`${name}: ${parsed.error.code}`);
      const pkg = parsed.package;
      const report = validate(inputFromPackage(pkg), {
        templates: templatesOfPackage(pkg),
        phase: "export",
        year: pkg.year,
      });
      expect([name, report.stats.errors]).toEqual([name, 0]);
    }
  });

  it("gives a report with every section for 2025", async () => {
    const out = join(round.folder, "rapport.html");
    expect((await runCli(["report", round.folder, "--year", "2025", "--out", out])).code).toBe(0);
    const html = readFileSync(out, "utf8");
    for (const id of ["dognplasser", "bemanning", "aktivitet", "tiltak", "innsendinger"])
      expect(html).toContain(`<section id="${id}"`);
  });
});
