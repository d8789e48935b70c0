import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_NOTE, hostileBoardFolder } from "../../cli/report/hostile-folder";
import { fullRound } from "../../fixtures/full-round";

const ROOT = resolve(import.meta.dirname, "../../..");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** `REPORT_SHOT=path npx vitest run --project e2e test/e2e/report` keeps the screenshot there. */
const SHOT = process.env.REPORT_SHOT;

let browser: Browser;
let dir: string;
/** The examples for 2025 (every section), hostile notes and comments in them. */
let report: string;
/** Every unit × five years × every template: the plan's matrix at its widest (eleven trusts). */
let wide: string;

function writeReport(folder: string, out: string): string {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, "bin/hso-report.js"), "report", folder, "--year", "2025", "--out", out],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`report failed: ${run.stderr}`);
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hso-report-e2e-"));
  report = writeReport(
    hostileBoardFolder(() => mkdtempSync(join(dir, "pakker-"))),
    join(dir, "rapport.html"),
  );
  const round = fullRound([2021, 2022, 2023, 2024, 2025]);
  wide = writeReport(round.folder, join(dir, "alle.html"));
  rmSync(round.folder, { recursive: true, force: true });
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

/** axe-core's serious and critical violations on a report, evaluated through the debugging protocol. */
async function seriousViolations(file: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).href);
  // Evaluated through the debugging protocol: the page's own policy forbids scripts, rightly.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axe.run(document);
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`,
      );
  });
  await page.close();
  return violations;
}

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
    // The capacity plans' section: its chart labelled by its title, the hostile reason as text.
    const plans = page.locator("#kapasitetsplaner");
    expect(await plans.locator("figure svg[role=img]").count()).toBe(1);
    expect(await plans.locator(".reasons li", { hasText: "Telemark" }).textContent()).toContain(
      "<script>alert(1)</script>",
    );
    const shot = await page.screenshot({ fullPage: true, ...(SHOT ? { path: SHOT } : {}) });
    expect(shot.subarray(1, 4).toString()).toBe("PNG");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the plan's measures × trusts with each status in words on its colour, the hostile comment as text", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(report).href);
    const cells = await page.locator("#tiltak table.matrix td.status").evaluateAll((tds) =>
      tds.map((td) => ({
        code: [...td.classList].find((c) => c.startsWith("status-"))?.slice(7),
        text: td.firstChild?.textContent ?? "",
        background: getComputedStyle(td).backgroundColor,
      })),
    );
    const words: Record<string, string> = {
      not_started: "ikke startet",
      in_progress: "under arbeid",
      in_place: "på plass",
    };
    expect(cells.length).toBe(19 * 3);
    for (const cell of cells) expect(cell.text.trim()).toBe(words[cell.code ?? ""]);
    const colours = new Map(cells.map((cell) => [cell.code, cell.background]));
    expect(new Set(colours.values()).size).toBe(colours.size);
    expect([...colours.values()]).not.toContain("rgba(0, 0, 0, 0)");
    // Every matrix names its columns and rows as headers, so a screen reader reads "Telemark, Tiltak …: under arbeid".
    expect(await page.locator("#tiltak table.matrix thead th[scope=col]").count()).toBe(7 * 4);
    const comment = await page
      .locator("#tiltak ol.comments li", { hasText: "Telemark, Tilgjengelig tilbud 24/7" })
      .textContent();
    expect(comment).toContain(
      "<script>alert(1)</script> </style><img src=x onerror=alert(2)> javascript:alert(3)",
    );
    await page.locator("#tiltak").screenshot(SHOT ? { path: SHOT.replace(/(\.png)?$/, "-tiltak.png") } : {});
    await page.close();
  });

  it("passes axe without a serious or critical violation", async () => {
    for (const file of [report, wide]) expect(await seriousViolations(file)).toEqual([]);
  });

  it("prints the plan's matrix of eleven trusts on landscape A4 pages, readable: nothing cut off, text at least 7 pt", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(wide).href);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
      (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
    );
    expect(boxes).toContain("595x842");
    expect(boxes).toContain("842x595");
    // The landscape page's content box at 96 px per inch: 297 mm less 2 × 12 mm of margin.
    await page.setViewportSize({ width: Math.floor(((297 - 24) / 25.4) * 96), height: 800 });
    await page.emulateMedia({ media: "print" });
    const tables = await page.locator("#tiltak table.matrix").evaluateAll((all) =>
      all.map((table) => ({
        overflow: table.scrollWidth - (table.parentElement?.clientWidth ?? 0),
        columns: table.querySelectorAll("thead th").length,
        // A fixed-layout table never grows past its page; a word too long for its cell would spill over.
        spilling: [...table.querySelectorAll("th, td")]
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent),
        smallestPt: Math.min(
          ...[...table.querySelectorAll("th, td")].map(
            (cell) => (parseFloat(getComputedStyle(cell).fontSize) * 72) / 96,
          ),
        ),
      })),
    );
    expect(tables.length).toBe(7);
    for (const table of tables) {
      expect(table.columns).toBe(12);
      expect(table.overflow).toBeLessThanOrEqual(0);
      expect(table.spilling).toEqual([]);
      expect(table.smallestPt).toBeGreaterThanOrEqual(7);
    }
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
