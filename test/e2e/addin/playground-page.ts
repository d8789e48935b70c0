import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../../../scripts/try-form/extension-session.js";
import { buildPackage, packageText } from "../../../shared/package/build-package";
import { TEMPLATE_IDS, TEMPLATES, templateName } from "../../../shared/templates/catalogue";
import type { TemplateId } from "../../../shared/templates/field";
import { serveFolder } from "./static-server";

const DIST = resolve(import.meta.dirname, "../../../dist/addin");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The built playground served on 127.0.0.1 and Debian's Chromium, for one test file. */
export async function startPlayground() {
  const server = await serveFolder(DIST);
  const browser: Browser = await chromium.launch({
    executablePath: process.env.HSO_BROWSER ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const open = async (query: string): Promise<{ page: Page; errors: string[] }> => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}/playground.html${query}`);
    return { page, errors };
  };
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { open, close };
}

/** A field's input cell as the grid labels it (`Døgnplasser!C9`). */
export function cellOf(id: string): string {
  const field = Object.values(TEMPLATES)
    .flatMap((template) => template.fields)
    .find((entry) => entry.id === id);
  if (!field) throw new Error(`no field ${id}`);
  return `${field.cell.sheet}!${field.cell.value}`;
}

/** Types into a grid cell as a user does: the text, then Enter. */
export async function typeInto(page: Page, cell: string, text: string) {
  const input = page.getByLabel(cell, { exact: true });
  await input.fill(text);
  await input.press("Enter");
}

/** A package's text for a unit and year with the given beds figures. */
export function packageFor(org: string, year: number, values: Record<string, number>): string {
  const pkg = buildPackage({
    unit: { org, name: "Navnet i pakken" },
    year,
    templates: { beds: TEMPLATES.beds.version },
    values: { "beds.unit_org": org, "beds.year": year, ...values },
    notes: {},
  });
  return packageText(pkg);
}

/** axe-core on the whole page: the serious and critical violations, each with its nodes. */
export async function seriousViolations(page: Page): Promise<string[]> {
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

/** The pane's issue counts line, as the user reads it. */
export const counts = (page: Page) => page.locator(".counts").textContent();

/** The pane's verdict: ready, not ready or still checking. */
export const verdict = (page: Page) =>
  page.locator(".summary .ready, .summary .not-ready, .summary .checking").textContent();

/** "Lag maler" in an empty workbook for one unit and year, with only the given template ticked. */
export async function createOnly(page: Page, template: TemplateId, org: string, year: number) {
  await page.getByText(/^Arbeidsboken har ingen maler ennå\./).waitFor();
  await page.getByLabel("Enhet").selectOption(org);
  await page.getByLabel("År", { exact: true }).fill(String(year));
  for (const id of TEMPLATE_IDS.filter((other) => other !== template)) {
    await page.getByRole("checkbox", { name: new RegExp(`^${templateName(id, "nb")}`) }).uncheck();
  }
  await page.getByRole("button", { name: "Lag maler" }).click();
  await page
    .getByRole("status")
    .getByText(/^Malene er laget\./)
    .waitFor();
}

/** The grid's cell for last year's value of a field (column D, `prev.<id>`). */
export function previousCellOf(id: string): string {
  const field = Object.values(TEMPLATES)
    .flatMap((template) => template.fields)
    .find((entry) => entry.id === id);
  if (!field?.cell.previous) throw new Error(`no previous cell for ${id}`);
  return `${field.cell.sheet}!${field.cell.previous}`;
}
