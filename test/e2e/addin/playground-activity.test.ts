import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inputFromPackage } from "../../../shared/package/package-input";
import { parsePackage } from "../../../shared/package/parse-package";
import { validate } from "../../../shared/report/validate";
import { runCli } from "../../cli/cli-harness";
import {
  cellOf,
  counts,
  createOnly,
  previousCellOf,
  seriousViolations,
  startPlayground,
  typeInto,
  verdict,
} from "./playground-page";

const TELEMARK = "983975267";
/** Telemark's activity of 2024 as `examples/` has it: the package the controller fills from. */
const LAST_YEAR = resolve(import.meta.dirname, "../../../examples/board/activity/telemark-2024.hso.json");

/** This year's activity, typed cell by cell; the shares are the sheet's formulas. */
const TYPED: Record<string, string> = {
  "activity.wait_days_adult": "41,5",
  "activity.wait_days_children": "47,2",
  "activity.referrals_received_adult": "5200",
  "activity.referrals_rejected_adult": "1040",
  "activity.referrals_received_children": "2100",
  "activity.referrals_rejected_children": "420",
  "activity.consultations_adult": "61000",
  "activity.consultations_phone_adult": "7320",
  "activity.consultations_video_adult": "1220",
  "activity.consultations_children": "38000",
  "activity.consultations_phone_children": "8360",
  "activity.consultations_video_children": "570",
  "activity.bed_days_adult": "36500",
  "activity.bed_days_children": "3900",
  "activity.ebehandling_patients": "310",
  "activity.delmedmeg_coverage_pct": "38,5",
};

let playground: Awaited<ReturnType<typeof startPlayground>>;
let dir: string;

beforeAll(async () => {
  playground = await startPlayground();
  dir = mkdtempSync(join(tmpdir(), "hso-pane-activity-"));
});

afterAll(async () => {
  await playground?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const cell = (page: Page, id: string) => page.getByLabel(cellOf(id), { exact: true });
/** Text as read, its no-break spaces (the thousands in "5 300") as plain ones. */
const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");
const issues = (page: Page) => page.getByRole("region", { name: "Rett funnene" });

/** Types a wrong figure, sees its one finding at the cell named, marked there, and puts the right one back. */
async function breakAndFix(page: Page, typed: string, text: string, at: string, words: string) {
  const right = TYPED[typed] as string;
  await typeInto(page, cellOf(typed), text);
  const finding = issues(page).getByRole("button", { name: new RegExp(`^${cellOf(at).split("!")[1]} Feil`) });
  await expect.poll(async () => plain(await finding.textContent())).toContain(words);
  // One error, once: not again at a computed share (the change of the figure typed may warn beside it).
  expect(
    await issues(page)
      .getByRole("button", { name: / Feil / })
      .count(),
  ).toBe(1);
  await expect.poll(() => cell(page, at).getAttribute("class")).toContain("marked");
  expect(plain(await cell(page, at).getAttribute("title"))).toContain(words);
  // The controller goes to the cell from the finding, by keyboard.
  await finding.focus();
  await page.keyboard.press("Enter");
  await expect
    .poll(() => page.locator(".toolbar").textContent())
    .toContain(`valgt / selected: ${cellOf(at)}`);
  await typeInto(page, cellOf(typed), right);
  await expect.poll(() => counts(page)).toBe("0 feil, 1 advarsel");
  await expect.poll(() => cell(page, at).getAttribute("class")).not.toContain("marked");
}

describe("playground: the activity template end to end", () => {
  it("create, fill last year's figures, type, findings at the typed cells, locked shares, explain, export, trend", async () => {
    const { page, errors } = await playground.open("?workbook=empty");
    await createOnly(page, "activity", TELEMARK, 2025);

    await page.getByLabel("Velg fjorårets pakke (.hso.json)").setInputFiles(LAST_YEAR);
    await page
      .getByRole("status")
      // 15 of last year's figures and their year (prev.activity.year, A4).
      .getByText(/^16 celler fylt ut/)
      .waitFor();
    const lastYear = (id: string) => page.getByLabel(previousCellOf(id), { exact: true }).inputValue();
    expect(await lastYear("activity.referrals_received_adult")).toBe("5050");
    expect(await lastYear("activity.wait_days_children")).toBe("49,5");

    for (const [id, text] of Object.entries(TYPED)) await typeInto(page, cellOf(id), text);
    // 260 → 310 patients in eBehandling is 19 %, past this template's 10 %.
    await expect.poll(() => counts(page)).toBe("0 feil, 1 advarsel");
    await expect.poll(() => page.locator(".progress-line").textContent()).toBe("24 av 24 felt fylt ut");
    // The shares are the sheet's formulas, computed as the core computes them.
    expect(await cell(page, "activity.rejection_rate_adult").inputValue()).toBe("20,0");
    expect(await cell(page, "activity.phone_share_children").inputValue()).toBe("22,0");

    // A computed cell is locked: the sheet refuses what is typed into it, and the formula stays.
    await typeInto(page, cellOf("activity.rejection_rate_adult"), "15");
    expect(await page.locator(".refusal").textContent()).toContain("protected sheet");
    expect(await cell(page, "activity.rejection_rate_adult").inputValue()).toBe("20,0");

    // More rejected than received: one error, at the figures typed (not also a rate of 101,9 % at the formula).
    await breakAndFix(
      page,
      "activity.referrals_rejected_adult",
      "5300",
      "activity.referrals_received_adult",
      "«Avviste henvisninger, voksne» (5 300) er flere enn «Mottatte henvisninger, voksne» (5 200)",
    );
    // Telephone and video together more than all consultations.
    await breakAndFix(
      page,
      "activity.consultations_phone_adult",
      "60000",
      "activity.consultations_adult",
      "«Herav telefon, voksne» og «Herav video, voksne» (61 220) er flere enn «Polikliniske konsultasjoner, voksne» (61 000)",
    );
    // A waiting time with two decimals, at its own cell. The sheet shows one decimal (41,6), and
    // editing starts from the figure in full, as Excel's formula bar has it.
    await typeInto(page, cellOf("activity.wait_days_adult"), "41,55");
    expect(await cell(page, "activity.wait_days_adult").inputValue()).toBe("41,6");
    await cell(page, "activity.wait_days_children").focus();
    await cell(page, "activity.wait_days_adult").focus();
    expect(await cell(page, "activity.wait_days_adult").inputValue()).toBe("41,55");
    await page.keyboard.press("Escape");
    await breakAndFix(
      page,
      "activity.wait_days_adult",
      "41,55",
      "activity.wait_days_adult",
      "41,55 har flere enn 1 desimal",
    );

    // The change past the threshold, unexplained: a warning at its cell, an error at export.
    const patients = cell(page, "activity.ebehandling_patients");
    await expect.poll(() => patients.getAttribute("class")).toContain("marked");
    const warning = "Endring fra 260 i fjor til 310 (+50, 19,2 %) må forklares: grensen er 10 %.";
    expect(plain(await patients.getAttribute("title"))).toContain(warning);
    await page.getByRole("button", { name: "Lag pakke" }).click();
    await page
      .getByRole("region", { name: "Eksport" })
      .getByText("Forklar 1 endring under «Forklar endringer» først.")
      .waitFor();
    const explain = page.getByRole("region", { name: "Forklar endringer" });
    expect(plain(await explain.textContent())).toContain(warning);
    const reason = "Nye programmer i eBehandling for angst og depresjon fra mars.";
    await page.getByLabel("Forklaring for Pasienter i eBehandling").fill(reason);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Lagre forklaring" }).click(),
    ]);
    await expect.poll(() => counts(page)).toBe("0 feil, 0 advarsler");
    await expect.poll(() => patients.getAttribute("class")).not.toContain("marked");
    await expect.poll(() => verdict(page)).toBe("Klar til eksport");

    expect(download.suggestedFilename()).toBe(`${TELEMARK}-2025-activity.hso.json`);
    const saved = join(dir, `${TELEMARK}-2025.hso.json`);
    await download.saveAs(saved);
    const parsed = parsePackage(readFileSync(saved, "utf8"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.package.values).toMatchObject({
      "activity.referrals_rejected_adult": 1040,
      "activity.rejection_rate_adult": 20,
      "activity.phone_share_adult": 12,
      "activity.wait_days_adult": 41.5,
    });
    expect(parsed.package.notes).toEqual({ "activity.ebehandling_patients": reason });
    // The shared core judges the package as the pane did, and so does the CLI.
    const before = parsePackage(readFileSync(LAST_YEAR, "utf8"));
    if (!before.ok) throw new Error(JSON.stringify(before.error));
    const again = validate(inputFromPackage(parsed.package, before.package), {
      templates: ["activity"],
      phase: "export",
    });
    expect(again.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
    const cli = await runCli(["validate", saved, "--previous", LAST_YEAR, "--json"]);
    expect({ code: cli.code, ok: JSON.parse(cli.stdout).results[0].ok }).toEqual({ code: 0, ok: true });

    // The trend of an activity figure from last year's package and this year's.
    await page.getByRole("button", { name: "Vis utviklingen over år" }).click();
    await page.getByLabel("Velg tidligere års pakker (flere filer)").setInputFiles([LAST_YEAR, saved]);
    await page.getByLabel("Tall", { exact: true }).selectOption("activity.ebehandling_patients");
    const chart = page.getByRole("group", { name: "Pasienter i eBehandling" });
    await expect.poll(() => chart.locator("desc").textContent()).toBe("2024: 260, 2025: 310 (i år)");
    await chart.locator("circle.current").focus();
    expect(await chart.locator(".point-value").textContent()).toBe("2025: 310 (i år)");
    await page.keyboard.press("Shift+Tab");
    expect(await chart.locator(".point-value").textContent()).toBe("2024: 260");
    // A share is no figure of its own: the trend offers the counts it is computed from.
    const offered = await page.getByLabel("Tall", { exact: true }).locator("option").allTextContents();
    expect(offered).toContain("Avviste henvisninger, voksne");
    expect(offered).not.toContain("Avvisningsrate, voksne");

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
