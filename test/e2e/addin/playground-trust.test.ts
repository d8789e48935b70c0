import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellOf, packageFor, seriousViolations, startPlayground } from "./playground-page";

let playground: Awaited<ReturnType<typeof startPlayground>>;
let dir: string;

beforeAll(async () => {
  playground = await startPlayground();
  dir = mkdtempSync(join(tmpdir(), "hso-pane-trust-"));
});

afterAll(async () => {
  await playground?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("playground: a pane a controller can trust", () => {
  it("refuses Akershus's package in Telemark's workbook and leaves every cell as it was", async () => {
    const { page, errors } = await playground.open("");
    await page.locator(".counts").waitFor();
    const previous = page.getByLabel(cellOf("beds.phv_adult_total").replace("!C", "!D"), { exact: true });
    const before = await previous.inputValue();
    const file = join(dir, "ahus-2024.hso.json");
    writeFileSync(file, packageFor("983971636", 2024, { "beds.phv_adult_total": 217 }));
    await page.getByLabel("Velg fjorårets pakke (.hso.json)").setInputFiles(file);
    const alert = page.getByRole("region", { name: "Fyll ut fra fjorårets pakke" }).getByRole("alert");
    expect(await alert.textContent()).toContain(
      "gjelder Akershus universitetssykehus HF (983 971 636), men arbeidsboken er for Sykehuset Telemark HF (983 975 267)",
    );
    expect(await previous.inputValue()).toBe(before);
    expect(await page.getByLabel(cellOf("beds.unit_org"), { exact: true }).inputValue()).toBe("983975267");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("asks about a package of another year and, told yes, fills last year's figures without changing the year", async () => {
    const { page } = await playground.open("");
    await page.locator(".counts").waitFor();
    const file = join(dir, "telemark-2022.hso.json");
    writeFileSync(file, packageFor("983975267", 2022, { "beds.phv_adult_total": 110 }));
    await page.getByLabel("Velg fjorårets pakke (.hso.json)").setInputFiles(file);
    const question = page.getByRole("alertdialog", { name: "Pakken er for 2022, ikke for 2024" });
    expect(await question.textContent()).toContain(
      "Arbeidsboken er for Sykehuset Telemark HF (983 975 267), 2025",
    );
    await question.getByRole("button", { name: "Bruk tallene fra 2022" }).click();
    await page
      .getByRole("status")
      .getByText(/fylt ut/)
      .waitFor();
    expect(await page.getByLabel(cellOf("beds.year"), { exact: true }).inputValue()).toBe("2025");
    const previous = page.getByLabel(cellOf("beds.phv_adult_total").replace("!C", "!D"), { exact: true });
    expect(await previous.inputValue()).toBe("110");
    await page.context().close();
  });

  it("offers an empty workbook the templates of the package it is filled from", async () => {
    const { page, errors } = await playground.open("?workbook=empty");
    await page.getByText(/^Arbeidsboken har ingen maler ennå\./).waitFor();
    const file = join(dir, "telemark-2024.hso.json");
    writeFileSync(file, packageFor("983975267", 2024, { "beds.phv_adult_total": 108 }));
    await page.getByLabel("Velg fjorårets pakke (.hso.json)").setInputFiles(file);
    const question = page.getByRole("alertdialog", { name: "Lage maler fra pakken?" });
    expect(await question.textContent()).toContain("for Sykehuset Telemark HF (983 975 267), 2025");
    await question.getByRole("button", { name: "Lag maler og fyll ut" }).click();
    await page
      .getByRole("status")
      // Last year's figure and its year beside the reporting year (prev.beds.year, A4).
      .getByText(/^2 celler fylt ut/)
      .waitFor();
    expect(await page.getByLabel(cellOf("beds.year"), { exact: true }).inputValue()).toBe("2025");
    await page
      .locator(".identity")
      .getByText(/^Sykehuset Telemark HF \(983 975 267\) · 2025/)
      .waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps the status in view when the pane is scrolled to its end, and the pane passes axe", async () => {
    const { page } = await playground.open("");
    await page.locator(".counts").waitFor();
    const bar = page.locator(".status-bar");
    expect(await bar.evaluate((element) => getComputedStyle(element).position)).toBe("sticky");
    await page.locator(".pane").evaluate((pane) => pane.scrollTo(0, pane.scrollHeight));
    await page
      .getByRole("button", { name: "Fjern pakkene" })
      .or(page.getByRole("button", { name: "Vis utviklingen over år" }))
      .first()
      .scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    const pane = await page.locator(".pane").boundingBox();
    expect(box && pane && box.y >= pane.y - 1 && box.y < pane.y + 5).toBe(true);
    expect(await page.locator(".pane").evaluate((element) => element.scrollTop)).toBeGreaterThan(100);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
