import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackage, packageText } from "../../../shared/package/build-package";
import { inputFromPackage } from "../../../shared/package/package-input";
import { parsePackage } from "../../../shared/package/parse-package";
import type { SubmissionPackage } from "../../../shared/package/submission-package";
import { validate } from "../../../shared/report/validate";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import { runCli } from "../../cli/cli-harness";
import {
  cellOf,
  counts,
  createOnly,
  seriousViolations,
  startPlayground,
  typeInto,
  verdict,
} from "./playground-page";

const TELEMARK = "983975267";
const PACKAGES = resolve(import.meta.dirname, "../../../examples/packages");
/** Telemark's beds as counted in 2024 (103 adult beds) and 2023, and Akershus's of 2024. */
const BEDS_2024 = join(PACKAGES, "telemark-2024.hso.json");
const BEDS_2023 = join(PACKAGES, "telemark-2023.hso.json");
const AKERSHUS_2024 = join(PACKAGES, "akershus-2024.hso.json");

/** This year's plan, typed cell by cell: half beds allowed, a new ward of six in 2029. */
const PLAN: Record<string, string> = {
  phv_adult_2026: "110",
  phv_adult_2027: "110",
  phv_adult_2028: "110,5",
  phv_adult_2029: "116,5",
  phv_adult_2030: "116,5",
  phv_adult_2031: "116,5",
  phv_adult_2032: "116,5",
  phbu_2026: "14",
  phbu_2027: "14",
  phbu_2028: "14",
  phbu_2029: "14",
  phbu_2030: "16",
  phbu_2031: "16",
  phbu_2032: "16",
  tsb_2026: "26",
  tsb_2027: "26",
  tsb_2028: "27",
  tsb_2029: "27",
  tsb_2030: "27",
  tsb_2031: "28",
  tsb_2032: "28",
};
const REASON = "Ny sikkerhetspsykiatrisk post med seks plasser åpner i Skien i 2029.";

let playground: Awaited<ReturnType<typeof startPlayground>>;
let dir: string;

beforeAll(async () => {
  playground = await startPlayground();
  dir = mkdtempSync(join(tmpdir(), "hso-pane-plan-"));
});

afterAll(async () => {
  await playground?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Telemark's plan made in 2024, as a package on disk: the plan before this one. */
function lastPlanFile(): string {
  const planned = Object.fromEntries(
    TEMPLATES.capacity_plan.fields
      .filter((field) => field.kind === "beds")
      .map((field) => [field.id, field.id.startsWith("capacity_plan.phv_adult") ? 108 : 20]),
  );
  const pkg = buildPackage({
    unit: { org: TELEMARK, name: "Sykehuset Telemark HF" },
    year: 2024,
    templates: { capacity_plan: TEMPLATES.capacity_plan.version },
    values: { "capacity_plan.unit_org": TELEMARK, "capacity_plan.year": 2024, ...planned },
    notes: {},
  });
  const file = join(dir, "telemark-plan-2024.hso.json");
  writeFileSync(file, packageText(pkg));
  return file;
}

const id = (name: string) => `capacity_plan.${name}`;
const cell = (page: Page, name: string) => page.getByLabel(cellOf(id(name)), { exact: true });
const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");
const bedsSection = (page: Page) => page.getByRole("region", { name: "Sist rapporterte døgnplasser" });
const findings = (page: Page) => page.getByRole("region", { name: "Rett funnene" });
const chooseBeds = (page: Page, file: string) =>
  page.getByLabel("Velg pakken med sist rapporterte døgnplasser (.hso.json)").setInputFiles(file);

function read(file: string): SubmissionPackage {
  const parsed = parsePackage(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.package;
}

describe("playground: the capacity plan end to end", () => {
  it("create, fill, type half beds, a jump of 5 with its reason, last year's beds loaded and checked, export, trend", async () => {
    const { page, errors } = await playground.open("?workbook=empty");
    await createOnly(page, "capacity_plan", TELEMARK, 2025);
    // Column D holds the plan's year before, not last year (adversary A8).
    expect(await page.getByLabel("Kapasitetsplan!D6", { exact: true }).inputValue()).toBe(
      "Året før i planen / The plan's year before",
    );

    // Last year's plan fills only the identity: a plan is compared within itself, not with the last.
    const lastPlan = lastPlanFile();
    await page.getByLabel("Velg fjorårets pakke (.hso.json)").setInputFiles(lastPlan);
    await page
      .getByRole("status")
      .getByText(/fylt ut/)
      .waitFor();
    expect(await cell(page, "phv_adult_2026").inputValue()).toBe("");

    for (const [name, text] of Object.entries(PLAN)) await typeInto(page, cellOf(id(name)), text);
    // 110,5 → 116,5 is a planned change of 6 beds: a warning at 2029 until its reason is written.
    await expect.poll(() => counts(page)).toBe("0 feil, 1 advarsel");
    const jump = cell(page, "phv_adult_2029");
    await expect.poll(() => jump.getAttribute("class")).toContain("marked");
    const warning =
      "Planlagt endring fra 110,5 i «PHV voksne, planlagt 2028» til 116,5 (+6) må begrunnes: grensen er 5 plasser.";
    expect(plain(await jump.getAttribute("title"))).toContain(warning);
    // Half beds are allowed, a quarter is not: one error at the cell typed.
    await typeInto(page, cellOf(id("phv_adult_2028")), "110,25");
    await expect.poll(() => counts(page)).toMatch(/^1 feil/);
    const quarter = findings(page).getByRole("button", { name: /^C10 Feil/ });
    await quarter.waitFor();
    await expect.poll(() => cell(page, "phv_adult_2028").getAttribute("class")).toContain("marked");
    await typeInto(page, cellOf(id("phv_adult_2028")), "110,5");
    await expect.poll(() => counts(page)).toBe("0 feil, 1 advarsel");
    // The change column computes the step from the year before.
    expect(
      await page.getByLabel(cellOf(id("phv_adult_2029")).replace("!C", "!E"), { exact: true }).inputValue(),
    ).toBe("6");

    // No beds sheet here: the pane asks for last year's beds package to set the first year beside.
    const section = bedsSection(page);
    await section.waitFor();
    expect(await findings(page).textContent()).not.toContain("Planen starter på");
    await chooseBeds(page, AKERSHUS_2024);
    await section
      .getByRole("alert")
      .getByText(
        "akershus-2024.hso.json gjelder Akershus universitetssykehus HF (983 971 636), men arbeidsboken er for Sykehuset Telemark HF (983 975 267). Døgnplassene er ikke brukt.",
      )
      .waitFor();
    expect(await findings(page).textContent()).not.toContain("Planen starter på");

    // Another year is asked about; the safe answer has the focus, and a yes uses it, said with its year.
    await chooseBeds(page, BEDS_2023);
    const question = page.getByRole("alertdialog", { name: "Pakken er for 2023, ikke for 2024" });
    await question.waitFor();
    expect(await question.textContent()).toContain(
      "Planen lages i 2025, så sist rapporterte døgnplasser er for 2024. telemark-2023.hso.json er for Sykehuset Telemark HF (983 975 267), 2023.",
    );
    // Preact focuses the safe answer in an effect after the dialog is painted: wait for that focus,
    // which is what a keyboard user starts from, before moving to the yes.
    const safe = question.getByRole("button", { name: "Avbryt" });
    await expect.poll(() => safe.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await section.getByText(/^Planen sammenlignes med døgnplassene i telemark-2023\.hso\.json/).waitFor();

    await chooseBeds(page, BEDS_2024);
    await section
      .getByText(
        "Planen sammenlignes med døgnplassene i telemark-2024.hso.json: Sykehuset Telemark HF (983 975 267), 2024 (PHV voksne, i alt 103).",
      )
      .waitFor();
    // Information, at the plan's first year: never an error or a warning.
    const first = findings(page).getByRole("button", { name: /^C8 Info/ });
    await expect
      .poll(async () => plain(await first.textContent()))
      .toContain(
        "Planen starter på 110; «PHV voksne, i alt» i telemark-2024.hso.json var 103 for 2024 (+7).",
      );
    expect(await counts(page)).toBe("0 feil, 1 advarsel");
    // Information gets no mark (docs/addin.md, Marks; adversary A13); the warning beside it does.
    expect(await cell(page, "phv_adult_2026").getAttribute("class")).not.toContain("marked");
    expect(await jump.getAttribute("class")).toContain("marked");

    // The reason for the jump, in step 5; then ready.
    await page.getByLabel("Forklaring for PHV voksne, planlagt 2029").fill(REASON);
    await page.getByRole("button", { name: "Lagre forklaring" }).click();
    await expect.poll(() => counts(page)).toBe("0 feil, 0 advarsler");
    await expect.poll(() => jump.getAttribute("class")).not.toContain("marked");
    await expect.poll(() => verdict(page)).toBe("Klar til eksport");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Lag pakke" }).click(),
    ]);
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const exported = read(saved);
    expect(exported.year).toBe(2025);
    expect(exported.values).toMatchObject({ [id("phv_adult_2028")]: 110.5, [id("phv_adult_2029")]: 116.5 });
    expect(exported.notes).toEqual({ [id("phv_adult_2029")]: REASON });
    // The core and the CLI judge it as the pane did, the first year beside the same beds.
    const again = validate(inputFromPackage(exported, read(BEDS_2024)), {
      templates: ["capacity_plan"],
      phase: "export",
    });
    expect(again.stats).toMatchObject({ errors: 0, warnings: 0 });
    expect(again.issues.map((issue) => `${issue.code}@${issue.field}`)).toContain(
      `plan_differs_from_reported@${id("phv_adult_2026")}`,
    );
    const cli = await runCli(["validate", saved, "--previous", BEDS_2024, "--json"]);
    expect({ code: cli.code, ok: JSON.parse(cli.stdout).results[0].ok }).toEqual({ code: 0, ok: true });

    // The trend of a planned figure over the plans: the one made in 2024 and this one.
    await page.getByRole("button", { name: "Vis utviklingen over år" }).click();
    await page.getByLabel("Velg tidligere års pakker (flere filer)").setInputFiles([lastPlan, saved]);
    await page.getByLabel("Tall", { exact: true }).selectOption(id("phv_adult_2030"));
    const chart = page.getByRole("group", { name: "PHV voksne, planlagt 2030" });
    await expect.poll(() => chart.locator("desc").textContent()).toBe("2024: 108, 2025: 116,5 (i år)");
    await chart.locator("circle.current").focus();
    expect(await chart.locator(".point-value").textContent()).toBe("2025: 116,5 (i år)");

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
