import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackage, packageText } from "../../../shared/package/build-package";
import { parsePackage } from "../../../shared/package/parse-package";
import { TEMPLATES } from "../../../shared/templates/catalogue";
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
const FIRST = "plan_status.children_24_7";
const INTAKE = "plan_status.joint_intake";
const MEASURES = TEMPLATES.plan_status.fields.filter((field) => field.kind === "status");

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

/** Telemark's plan status of 2024 as a package on disk: every measure in progress, the first in place. */
function lastYearFile(): string {
  const pkg = buildPackage({
    unit: { org: TELEMARK, name: "Sykehuset Telemark HF" },
    year: 2024,
    templates: { plan_status: TEMPLATES.plan_status.version },
    values: {
      "plan_status.unit_org": TELEMARK,
      "plan_status.year": 2024,
      ...Object.fromEntries(MEASURES.map((field) => [field.id, "in_progress"])),
      [FIRST]: "in_place",
    },
    notes: Object.fromEntries(MEASURES.slice(1).map((field) => [field.id, "Arbeidet pågår"])),
  });
  const file = join(dir, `${TELEMARK}-2024.hso.json`);
  writeFileSync(file, packageText(pkg));
  return file;
}

describe("playground: plan status end to end", () => {
  it("create, fill last year's statuses, choose statuses, comment, export, and the status history", async () => {
    const { page, errors } = await playground.open("?workbook=empty");
    await createOnly(page, "plan_status", TELEMARK, 2025);

    const file = lastYearFile();
    await page.getByLabel("Velg fjorårets pakke (.hso.json)").setInputFiles(file);
    await page
      .getByRole("status")
      .getByText(/fylt ut/)
      .waitFor();
    const previousOf = (id: string) => page.getByLabel(cellOf(id).replace("!C", "!D"), { exact: true });
    expect(await previousOf(FIRST).inputValue()).toBe("på plass");
    expect(await previousOf(INTAKE).inputValue()).toBe("under arbeid");
    // Blank statuses: warnings now, errors at export, so never "ready".
    await expect.poll(() => counts(page)).toMatch(/^0 feil, \d+ advarsler$/);
    await expect
      .poll(() => verdict(page))
      .toBe("Ikke klar til eksport: advarslene som er feil ved eksport må rettes først");

    // Excel's list rule refuses a word that is not a status.
    await typeInto(page, cellOf(INTAKE), "ferdig");
    expect(await page.locator(".refusal").textContent()).toContain(
      "Velg ikke startet, under arbeid, på plass.",
    );
    for (const field of MEASURES) {
      await typeInto(page, cellOf(field.id), field.id === INTAKE ? "under arbeid" : "på plass");
    }
    await expect.poll(() => counts(page)).toBe("0 feil, 1 advarsel");
    const intakeCell = page.getByLabel(cellOf(INTAKE), { exact: true });
    await expect.poll(() => intakeCell.getAttribute("class")).toContain("marked");

    const explain = page.getByRole("region", { name: "Forklar endringer" });
    expect(await explain.textContent()).toContain("Tiltaket er «under arbeid»; skriv en kommentar");
    await page.getByLabel(/^Forklaring for Felles inntak/).fill("Pilot med Skien kommune fra høsten.");
    await page.getByRole("button", { name: "Lagre forklaring" }).click();
    await expect.poll(() => counts(page)).toBe("0 feil, 0 advarsler");
    await expect.poll(() => intakeCell.getAttribute("class")).not.toContain("marked");
    await expect.poll(() => verdict(page)).toBe("Klar til eksport");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Lag pakke" }).click(),
    ]);
    const saved = join(dir, "exported.hso.json");
    await download.saveAs(saved);
    const parsed = parsePackage(readFileSync(saved, "utf8"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.package.values).toMatchObject({ [FIRST]: "in_place", [INTAKE]: "in_progress" });
    expect(parsed.package.notes).toEqual({ [INTAKE]: "Pilot med Skien kommune fra høsten." });

    await page.getByRole("button", { name: "Vis utviklingen over år" }).click();
    await page.getByLabel("Velg tidligere års pakker (flere filer)").setInputFiles([file, saved]);
    const table = page.getByRole("table", { name: "Status for tiltakene per år" });
    await table.waitFor();
    expect(await table.getByRole("columnheader").allTextContents()).toEqual([
      "Tiltak",
      "2024",
      "2025 (i år)",
    ]);
    const intake = table.getByRole("row", { name: /Felles inntak/ });
    expect(await intake.getByRole("cell").allTextContents()).toEqual([
      "under arbeidArbeidet pågår",
      "under arbeidPilot med Skien kommune fra høsten.",
    ]);
    const region = page.getByRole("region", { name: "Status for tiltakene per år" });
    await region.focus();
    expect(await region.evaluate((element) => element === document.activeElement)).toBe(true);

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
