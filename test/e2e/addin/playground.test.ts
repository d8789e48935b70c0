import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackage, packageText } from "../../../shared/package/build-package";
import { parsePackage } from "../../../shared/package/parse-package";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import { serveFolder } from "./static-server";

const DIST = resolve(import.meta.dirname, "../../../dist/addin");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** This year's beds for Telemark 2025, typed cell by cell (formulas compute the totals). */
const TYPED: Record<string, string> = {
  "beds.count_date": "20.11.2025",
  "beds.phv_adult_hospital": "40",
  "beds.phv_adult_dps": "63",
  "beds.phbu_total": "12",
  "beds.tsb_total": "20,5",
  "beds.temporarily_closed": "7",
  "beds.bought_from_other_units": "2",
  "beds.hospital_at_home_places": "4",
};

const cellOf = (id: string) => {
  const field = TEMPLATES.beds.fields.find((entry) => entry.id === id);
  if (!field) throw new Error(`no field ${id}`);
  return `${field.cell.sheet}!${field.cell.value}`;
};

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let dir: string;

beforeAll(async () => {
  server = await serveFolder(DIST);
  dir = mkdtempSync(join(tmpdir(), "hso-pane-e2e-"));
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openPlayground(query: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}/playground.html${query}`);
  return { page, errors };
}

async function type(page: Page, cell: string, text: string) {
  const input = page.getByLabel(cell, { exact: true });
  await input.fill(text);
  await input.press("Enter");
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axe.run(document);
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`,
      );
  });
}

describe("playground: the built task pane on a modelled workbook", () => {
  it("opens the example template and validates it at once", async () => {
    const { page, errors } = await openPlayground("");
    await page.getByRole("heading", { name: "Status" }).waitFor();
    await expect.poll(() => page.locator(".counts").textContent()).toMatch(/\d+ feil, \d+ advarsler/);
    expect(await page.getByLabel(cellOf("beds.unit_org"), { exact: true }).inputValue()).toBe("983975267");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("create, fill from a package, break a figure, see mark and issue, fix it, explain, export", async () => {
    const { page, errors } = await openPlayground("?workbook=empty");
    await page.getByText("Arbeidsboken har ingen maler ennå. Lag dem nedenfor.").waitFor();
    await page.getByLabel("Enhet").selectOption("983975267");
    await page.getByLabel("År", { exact: true }).fill("2025");
    await page.getByRole("checkbox", { name: "Bemanning" }).uncheck();
    await page.getByRole("button", { name: "Lag maler" }).click();
    await page
      .getByRole("status")
      .getByText(/^Malene er laget\./)
      .waitFor();
    expect(await page.getByLabel(cellOf("beds.unit_org"), { exact: true }).inputValue()).toBe("983975267");

    const previous = buildPackage({
      unit: { org: "983975267", name: "Sykehuset Telemark HF" },
      year: 2024,
      templates: { beds: TEMPLATES.beds.version },
      values: { "beds.unit_org": "983975267", "beds.year": 2024, "beds.phv_adult_total": 108 },
      notes: {},
    });
    const file = join(dir, "983975267-2024.hso.json");
    writeFileSync(file, packageText(previous));
    await page.getByLabel("Velg fjorårets pakke (.hso.json)").setInputFiles(file);
    await page
      .getByRole("status")
      .getByText(/celler fylt ut/)
      .waitFor();

    for (const [id, text] of Object.entries(TYPED)) await type(page, cellOf(id), text);
    await expect.poll(() => page.locator(".counts").textContent()).toBe("0 feil, 1 advarsler");

    const hospital = cellOf("beds.phv_adult_hospital");
    const hospitalCell = page.getByLabel(hospital, { exact: true });
    const inputFill = await hospitalCell.getAttribute("data-fill");
    await type(page, hospital, "40,3");
    await expect.poll(() => page.locator(".counts").textContent()).toMatch(/^[1-9]\d* feil/);
    const issue = page.getByRole("button", { name: /PHV voksne, sykehusnivå/ });
    await issue.waitFor();
    await expect
      .poll(() => page.getByLabel(hospital, { exact: true }).getAttribute("data-fill"))
      .toBeTruthy();
    await issue.click();
    await expect
      .poll(() => page.locator(".toolbar").textContent())
      .toContain(`valgt / selected: ${hospital}`);

    await type(page, hospital, "40");
    await expect.poll(() => page.locator(".counts").textContent()).toBe("0 feil, 1 advarsler");
    await expect.poll(() => hospitalCell.getAttribute("class")).not.toContain("marked");
    expect(await hospitalCell.getAttribute("data-fill")).toBe(inputFill);

    await page.getByRole("button", { name: "Lag pakke" }).click();
    await page
      .getByLabel("Forklaring for PHV voksne, i alt")
      .fill("Midlertidig nedtrekk på grunn av ombygging.");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Lagre forklaring" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("983975267-2025.hso.json");
    const saved = join(dir, "exported.hso.json");
    await download.saveAs(saved);
    const parsed = parsePackage(readFileSync(saved, "utf8"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.package.year).toBe(2025);
    expect(parsed.package.values["beds.phv_adult_total"]).toBe(103);
    expect(parsed.package.notes["beds.phv_adult_total"]).toBe("Midlertidig nedtrekk på grunn av ombygging.");
    await page.getByText("Pakken er kopiert.").waitFor();

    await page.getByLabel("Velg tidligere års pakker (flere filer)").setInputFiles([file, saved]);
    await page.getByLabel("Tall", { exact: true }).selectOption("beds.phv_adult_total");
    const chart = page.getByRole("img", { name: /PHV voksne, i alt/ });
    expect(await chart.locator("title").textContent()).toBe("PHV voksne, i alt: 2024: 108, 2025: 103");

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("on Office 2019 (ExcelApi 1.7) says what is missing and still creates and checks the templates", async () => {
    const { page, errors } = await openPlayground("?workbook=empty&excelApi=1.7");
    await page
      .getByText(/mangler API for datavalidering \(ExcelApi 1\.8\)/)
      .first()
      .waitFor();
    await page.getByLabel("Enhet").selectOption("983975267");
    await page.getByRole("button", { name: "Lag maler" }).click();
    await page
      .getByRole("status")
      .getByText(/^Malene er laget\./)
      .waitFor();
    await expect.poll(() => page.locator(".counts").textContent()).toMatch(/^[1-9]\d* feil/);
    const total = page.getByLabel(cellOf("beds.phv_adult_total"), { exact: true });
    expect(await total.getAttribute("class")).not.toContain("marked");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
