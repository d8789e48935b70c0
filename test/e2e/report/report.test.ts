import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_NOTE, hostileFolder } from "../../cli/report/hostile-folder";

const ROOT = resolve(import.meta.dirname, "../../..");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** `REPORT_SHOT=path npx vitest run --project e2e test/e2e/report` keeps the screenshot there. */
const SHOT = process.env.REPORT_SHOT;

let browser: Browser;
let dir: string;
let report: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hso-report-e2e-"));
  report = join(dir, "rapport.html");
  const folder = hostileFolder(() => mkdtempSync(join(dir, "pakker-")));
  const run = spawnSync(
    process.execPath,
    [join(ROOT, "bin/hso-report.js"), "report", folder, "--year", "2024", "--out", report],
    {
      encoding: "utf8",
    },
  );
  if (run.status !== 0) throw new Error(`report failed: ${run.stderr}`);
  browser = await chromium.launch({
    executablePath: process.env.HSO_BROWSER ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the generated report in Chromium", () => {
  it("opens offline under its own policy: styled, no script, the hostile note shown as text", async () => {
    const context = await browser.newContext({ offline: true, viewport: { width: 1000, height: 1400 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => problems.push(message.text()));
    page.on("requestfailed", (request) => problems.push(`request ${request.url()}`));
    await page.goto(pathToFileURL(report).href);
    // The stylesheet is allowed by its hash: a heading has the border the stylesheet gives it.
    expect(
      await page
        .locator("h2")
        .first()
        .evaluate((h) => getComputedStyle(h).borderBottomStyle),
    ).toBe("solid");
    expect(await page.locator("script").count()).toBe(0);
    const footnote = await page.locator(".footnotes li", { hasText: "Telemark" }).textContent();
    expect(footnote).toContain(
      "<script>alert(1)</script> </style><img src=x onerror=alert(2)> javascript:alert(3)",
    );
    expect(HOSTILE_NOTE.startsWith("<script>")).toBe(true);
    expect(await page.locator(".chart-image svg").count()).toBeGreaterThan(0);
    const shot = await page.screenshot({ fullPage: true, ...(SHOT ? { path: SHOT } : {}) });
    expect(shot.subarray(1, 4).toString()).toBe("PNG");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("passes axe without a serious or critical violation", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(report).href);
    // Evaluated through the debugging protocol: the page's own policy forbids scripts, rightly.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const results = await axe.run(document);
      return results.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`,
        );
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it("prints to an A4 PDF of several pages (each section on its own page)", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(report).href);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    writeFileSync(join(dir, "rapport.pdf"), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // A4 is 595 × 842 points.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);
    await page.close();
  });
});
