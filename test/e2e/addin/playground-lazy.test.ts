import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellOf, startPlayground, typeInto } from "./playground-page";

// What the built pane imports only when used (docs/addin.md, gzipKB.taskpaneLazy); the playground
// loads the same chunks as Excel's task pane.
const LAZY =
  /chunks\/(english|parse-package|regional-panel|regional-plan|write-regional-sheet|insert-templates|fill-from-package|package-from-pass|ask-in-dialog)-/;

let playground: Awaited<ReturnType<typeof startPlayground>>;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

/** The lazy chunks this page has fetched so far, by name. */
async function lazyFetched(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
  return urls.flatMap((url) => url.match(LAZY)?.[1] ?? []);
}

describe("playground: what the pane downloads only when it is used", () => {
  it("opens, validates and marks without English, the package reader or the writers; English comes when chosen", async () => {
    const { page, errors } = await playground.open("");
    await expect.poll(() => page.locator(".counts").textContent()).toMatch(/^\d+ feil, \d+ advars/);
    expect(await lazyFetched(page)).toEqual([]);
    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("heading", { name: "HSØ reporting" }).waitFor();
    await expect.poll(() => page.locator(".counts").textContent()).toMatch(/^\d+ errors?, \d+ warnings?/);
    // A resource's timing entry may come a moment after its module ran: poll for it.
    await expect.poll(() => lazyFetched(page)).toEqual(["english"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens in English when English was chosen before, and marks in English", async () => {
    const { page, errors } = await playground.open("");
    await page.locator(".counts").waitFor();
    await page.evaluate(() => localStorage.setItem("hso.addin.lang", "en"));
    await page.reload();
    await page.getByRole("heading", { name: "HSØ reporting" }).waitFor();
    const closed = page.getByLabel(cellOf("beds.temporarily_closed"), { exact: true });
    await typeInto(page, cellOf("beds.phv_adult_hospital"), "40");
    await typeInto(page, cellOf("beds.phv_adult_dps"), "63");
    await typeInto(page, cellOf("beds.temporarily_closed"), "500");
    await expect.poll(() => closed.getAttribute("title")).toMatch(/ more than /);
    expect(await closed.getAttribute("title")).not.toMatch(/ mer enn /);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("fetches the package reader when a package is chosen, and the regional tool only when RHF staff open and use it", async () => {
    const { page, errors } = await playground.open("?workbook=empty");
    await page.getByText(/^Arbeidsboken har ingen maler ennå\./).waitFor();
    await page.getByRole("heading", { name: "Regional arbeidsbok (RHF)" }).waitFor();
    expect(await lazyFetched(page)).toEqual([]);
    const open = page.getByRole("button", { name: "Bygg den regionale arbeidsboken av innsendte pakker" });
    expect(await open.getAttribute("aria-expanded")).toBe("false");
    await open.click();
    await page.getByLabel("Pakker", { exact: true }).waitFor();
    expect(await open.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => lazyFetched(page)).toEqual(["regional-panel"]);
    await page
      .getByLabel("Pakker", { exact: true })
      .setInputFiles({ name: "tom.hso.json", mimeType: "application/json", buffer: Buffer.from("") });
    await page.getByText("tom.hso.json: kan ikke leses: Filen er tom.").waitFor();
    await expect
      .poll(async () => (await lazyFetched(page)).sort())
      .toEqual(["parse-package", "regional-panel", "regional-plan"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
