/**
 * The status bar's words in the built playground: the sheets' years when they disagree (adversary
 * A11) and the status line in the language chosen after it was said (A12).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import { cellOf, seriousViolations, startPlayground, typeInto } from "./playground-page";

let playground: Awaited<ReturnType<typeof startPlayground>>;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

describe("playground: the status bar's words", () => {
  it("names both years with their cells where the sheets disagree, and no year as the workbook's (A11)", async () => {
    const { page, errors } = await playground.open("");
    const bar = page.locator(".status-bar");
    await bar
      .locator(".identity")
      .getByText(/· 2025 ·/)
      .waitFor();
    await typeInto(page, cellOf("beds.year"), "2024");
    const years =
      `Arkene har ulike år: 2024 (${cellOf("beds.year")}) og 2025 (${cellOf("staffing.year")}). ` +
      "Pakken kan ikke lages før årene er like.";
    await bar.getByText(years).waitFor();
    expect(await bar.locator(".identity").textContent()).not.toMatch(/· 20\d\d ·/);
    expect(cellOf("staffing.year").startsWith(TEMPLATES.staffing.sheet)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await typeInto(page, cellOf("beds.year"), "2025");
    await bar
      .locator(".identity")
      .getByText(/· 2025 ·/)
      .waitFor();
    expect(await bar.getByText(/^Arkene har ulike år/).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("says the status line again in English once English is chosen (A12)", async () => {
    const { page, errors } = await playground.open("");
    await page.locator(".counts").waitFor();
    await page.getByRole("button", { name: "Fjern markeringer" }).click();
    const status = page.locator(".status-bar").getByRole("status");
    await status.getByText("Markeringene er fjernet til neste endring.").waitFor();
    await page.getByLabel("Språk").selectOption("en");
    await status.getByText("The marks were removed until the next change.").waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
