import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../../../scripts/try-form/extension-session.js";

/** The built Chromium extension (run `vite build` first). */
export const EXTENSION_DIR = resolve(import.meta.dirname, "../../../dist/extension");

/** A Chromium with the unpacked extension loaded, its id, and a way to close both browser and profile. */
export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  close(): Promise<void>;
}

/** Launches headless Chromium with only the built extension (or a copy of it) loaded, in a fresh profile. */
export async function launchExtension(dir = EXTENSION_DIR): Promise<LoadedExtension> {
  const profile = mkdtempSync(join(tmpdir(), "hso-extension-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.HSO_BROWSER ?? "/usr/bin/chromium",
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return {
    context,
    id: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE = readFileSync(resolve(import.meta.dirname, "../../../node_modules/axe-core/axe.min.js"), "utf8");

/** The serious and critical axe-core violations of a page, as `rule: target` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the pages' strict CSP does not govern.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    const { violations, passes } = await axe.run();
    // No passing rule at all means axe looked at nothing (an empty page): that must not read as clean.
    if (passes.length === 0) return ["axe: no rule passed; the page was empty"];
    return violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
  });
}

interface AxeResults {
  violations: AxeViolation[];
  passes: unknown[];
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: { target: string[] }[];
}
