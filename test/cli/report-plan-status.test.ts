import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { focusAreas } from "../../cli/report/plan-status-data";
import { buildPackage, packageText } from "../../shared/package/build-package";
import { STATUS_CHOICES } from "../../shared/templates/choices";
import { ROOT, requireBuiltCli, runCli, temporaryFolders } from "./cli-harness";
import { HOSTILE_NOTE, hostileBoardFolder } from "./report/hostile-folder";

const folders = temporaryFolders("hso-report-plan");
beforeAll(requireBuiltCli);
afterAll(folders.cleanup);

const PLAN = join(ROOT, "examples/board/plan-status");
const UNITS = { Innlandet: "innlandet", Vestfold: "vestfold", Telemark: "telemark" } as const;
const WORDS: Record<string, string> = Object.fromEntries(STATUS_CHOICES.map((c) => [c.code, c.words.nb]));

/** The plan-status section of a report for 2025 built from the examples (Telemark's comment hostile). */
async function section(): Promise<string> {
  const out = join(folders.make(), "rapport.html");
  const run = await runCli(["report", hostileBoardFolder(folders.make), "--year", "2025", "--out", out]);
  expect(run.code).toBe(0);
  const html = readFileSync(out, "utf8");
  const start = html.indexOf('<section id="tiltak"');
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</section>", start));
}

/** Each example return's status codes for 2025, read from the files themselves. */
function statuses(unit: string): Record<string, string> {
  return JSON.parse(readFileSync(join(PLAN, `${unit}-2025.hso.json`), "utf8")).values;
}

describe("hso-report report: the plan-status section", { timeout: 90_000 }, () => {
  it("is a matrix of measures × trusts per focus area, each cell coloured and saying its status in words", async () => {
    const html = await section();
    expect(html).toContain('<h2 id="tiltak-h">Status for tiltak i regional fagplan 2025</h2>');
    for (const area of focusAreas()) {
      expect(html).toContain(`<caption>${area.title}: status per tiltak og foretak 2025</caption>`);
      for (const measure of area.measures) {
        const row = new RegExp(
          `<tr><th scope="row" class="measure">${escapeRe(measure.label.nb)}</th>(.*?)</tr>`,
        ).exec(html)?.[1];
        const cells = [
          ...(row ?? "").matchAll(/<td class="status status-(\w+)">([a-zæøå]+(?: [a-zæøå]+)*)/g),
        ].map((m) => [m[1], m[2]]);
        // Columns in the registry's order: Innlandet, Vestfold, Telemark.
        const expected = Object.values(UNITS).map((unit) => {
          const code = statuses(unit)[measure.id] ?? "";
          return [code, WORDS[code]];
        });
        expect(cells).toEqual(expected);
      }
    }
    expect(html).toContain(
      '<th scope="col">Innlandet</th><th scope="col">Vestfold</th><th scope="col">Telemark</th>',
    );
  });

  it("counts per status per focus area, from the packages, in a chart with title, summary and data table", async () => {
    const html = await section();
    for (const area of focusAreas()) {
      const expected = STATUS_CHOICES.map(
        (choice) =>
          area.measures
            .flatMap((m) => Object.values(UNITS).map((u) => statuses(u)[m.id]))
            .filter((code) => code === choice.code).length,
      );
      const row =
        new RegExp(
          `<tr><th scope="row">${escapeRe(area.title)}</th>((?:<td class="num">\\d+</td>)+)</tr>`,
        ).exec(html)?.[1] ?? "";
      const cells = [...row.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));
      expect(cells).toEqual([...expected, expected.reduce((a, b) => a + b, 0)]);
    }
    expect(html).toMatch(/<svg role="img" aria-labelledby="tiltak-fig-title tiltak-fig-summary"/);
    expect(html).toContain(
      '<span class="figure-title" id="tiltak-fig-title">Tiltak per status og innsatsområde 2025',
    );
    expect(html).toMatch(/id="tiltak-fig-summary">Størst andel på plass: [^<]+\(\d+\)\./);
    expect(html).toContain("3 av 11 foretak er med for 2025.");
    expect(html).toContain("Ikke sendt for 2025: Akershus universitetssykehus HF");
  });

  it("shows every comment under its focus area as text: <script>, </style> and javascript: stay words", async () => {
    const html = await section();
    expect(HOSTILE_NOTE).toContain("</style>");
    expect(html).toContain(
      "Telemark, Tilgjengelig tilbud 24/7 for barn og unge innen psykisk helsevern:</span> &lt;script&gt;alert(1)&lt;/script&gt; &lt;/style&gt;&lt;img src=x onerror=alert(2)&gt; javascript:alert(3)",
    );
    expect(html).not.toMatch(/<script|<img|<\/style>/i);
    const innlandet = JSON.parse(readFileSync(join(PLAN, "innlandet-2025.hso.json"), "utf8")).notes;
    for (const comment of Object.values(innlandet) as string[]) expect(html).toContain(comment);
  });

  it("says last year's status beside one that went back (Innlandet's follow-up of the bereaved, 2026), and only there", async () => {
    const out = join(folders.make(), "rapport.html");
    expect((await runCli(["report", PLAN, "--year", "2026", "--out", out])).code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html.match(/i fjor: /g)).toHaveLength(1);
    expect(html).toMatch(
      /Rutiner for helhetlig oppfølging av etterlatte[^<]*<\/th><td class="status status-in_progress">under arbeid <span class="ref"><span class="sr-only">kommentar <\/span>\d+<\/span><span class="was">i fjor: på plass<\/span><\/td>/,
    );
  });

  it("leaves out both of two disagreeing returns and names them with the reason, not as 'ikke sendt'", async () => {
    const folder = folders.make();
    cpSync(PLAN, folder, { recursive: true });
    const telemark = JSON.parse(readFileSync(join(PLAN, "telemark-2025.hso.json"), "utf8"));
    const { digest: _d, validation: _v, ...rest } = telemark;
    const values = { ...rest.values, "plan_status.children_ambulant_standard": "in_progress" };
    const notes = { ...rest.notes, "plan_status.children_ambulant_standard": "Ny vurdering." };
    writeFileSync(
      join(folder, "telemark-2025-ny.hso.json"),
      packageText(buildPackage({ ...rest, values, notes })),
    );
    const out = join(folders.make(), "rapport.html");
    expect((await runCli(["report", folder, "--year", "2025", "--out", out])).code).toBe(0);
    const html = readFileSync(out, "utf8");
    const part = html.slice(html.indexOf('<section id="tiltak"'), html.indexOf('<section id="innsendinger"'));
    expect(part).toContain('<th scope="col">Innlandet</th><th scope="col">Vestfold</th></tr>');
    expect(part).toContain("2 av 11 foretak er med for 2025.");
    expect(part).toMatch(/Ikke sendt for 2025: [^<]*/);
    expect(/Ikke sendt for 2025: ([^<]*)/.exec(part)?.[1]).not.toContain("Telemark");
    expect(
      part.match(
        /telemark-2025(-ny)?\.hso\.json: en annen pakke for Sykehuset Telemark HF 2025 har andre tall/g,
      ),
    ).toHaveLength(2);
  });

  it("is left out of a year no plan-status return is for", async () => {
    const out = join(folders.make(), "rapport.html");
    expect((await runCli(["report", "examples/packages", "--year", "2024", "--out", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).not.toContain('id="tiltak"');
  });
});

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
