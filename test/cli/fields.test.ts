import { beforeAll, describe, expect, it } from "vitest";
import { TEMPLATES, templateIdList } from "../../shared/templates/catalogue";
import { requireBuiltCli, runCli, STACK_FRAME } from "./cli-harness";

beforeAll(requireBuiltCli);

describe("hso-report fields and help", { timeout: 60_000 }, () => {
  it("--json lists the catalogue: ids, labels nb/en, type, unit, bounds, names", async () => {
    const run = await runCli(["fields", "beds", "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.template).toBe("beds");
    expect(json.version).toBe(TEMPLATES.beds.version);
    expect(json.fields.map((field: { id: string }) => field.id)).toEqual(
      TEMPLATES.beds.fields.map((field) => field.id),
    );
    expect(json.fields).toContainEqual(
      expect.objectContaining({
        id: "beds.phv_adult_total",
        label: { nb: "PHV voksne, i alt", en: "Adult mental health, total" },
        type: "beds",
        unit: { nb: "plasser", en: "beds" },
        min: 0,
        step: 0.5,
        required: true,
        parts: ["beds.phv_adult_hospital", "beds.phv_adult_dps"],
        names: {
          value: "beds.phv_adult_total",
          previous: "prev.beds.phv_adult_total",
          note: "note.beds.phv_adult_total",
        },
      }),
    );
  });

  it("prints a tab-separated table for people, one line per field", async () => {
    const run = await runCli(["fields", "staffing"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(TEMPLATES.staffing.fields.length + 1);
    expect(lines[0]).toBe("Felt-id\tNorsk\tEngelsk\tType\tEnhet\tGrenser");
    expect(lines.find((line) => line.startsWith("staffing.sick_leave_pct"))).toMatch(/\tpercent\t%\t0–100/);
  });

  it("writes a year's bounds as years, without digit grouping", async () => {
    const run = await runCli(["fields", "beds"]);
    expect(run.stdout.split("\n").find((line) => line.startsWith("beds.year"))).toMatch(/\t2000–2100 \(1\)$/);
  });

  it("ends quietly with exit 0 when the reader closes the pipe early (`… | head`)", async () => {
    const { spawn } = await import("node:child_process");
    const { join } = await import("node:path");
    const { ROOT } = await import("./cli-harness");
    const child = spawn(
      process.execPath,
      [join(ROOT, "bin/hso-report.js"), "validate", ...Array(4).fill("examples/packages"), "--json"],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    // Closed before anything is read, as `head` does once it has its lines.
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).not.toContain("EPIPE");
    expect(code).toBe(0);
  });

  it("refuses an unknown template with exit 2", async () => {
    const run = await runCli(["fields", "budget", "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `hso-report: Unknown template "budget"; the templates are ${templateIdList("en")}.\n`,
    );
  });

  it("--help and help print the usage in Norwegian, or English with --lang en, exit 0", async () => {
    const nb = await runCli(["--help"]);
    expect(nb.code).toBe(0);
    expect(nb.stdout).toContain("Avslutningskoder: 0 i orden, 1 feil funnet, 2 ubrukelig inndata");
    for (const command of ["template", "validate", "export", "aggregate", "watch", "fields"]) {
      expect(nb.stdout).toContain(`hso-report ${command} `);
    }
    const en = await runCli(["help", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Exit codes: 0 clean, 1 errors found, 2 unusable input or wrong usage.");
    const perCommand = await runCli(["validate", "--help"]);
    expect(perCommand.code).toBe(0);
    const badLang = await runCli(["--help", "--lang", "de"]);
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toBe("hso-report: Ukjent språk «de»; bruk nb eller en.\n");
    for (const run of [nb, en, perCommand, badLang]) expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
