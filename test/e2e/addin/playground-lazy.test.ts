import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellOf, packageFor, startPlayground, typeInto } from "./playground-page";

// What the built pane imports only when used (docs/addin.md, gzipKB.taskpaneLazy); the playground
// loads the same chunks as Excel's task pane.
const LAZY =
  /chunks\/(english|parse-package|trend-section|regional-panel|regional-plan|write-regional-sheet|nb-package-errors|insert-templates|fill-flow|fill-from-package|package-from-pass|ask-in-dialog)-/;
const TREND_CHUNK = /\/chunks\/trend-section-[^/]*\.js$/;
const TELEMARK = "983975267";

/** A package file of Telemark's beds for the page's file chooser. */
const bedsFile = (year: number, total: number) => ({
  name: `telemark-${year}.hso.json`,
  mimeType: "application/json",
  buffer: Buffer.from(packageFor(TELEMARK, year, { "beds.phv_adult_total": total })),
});

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
      .toEqual(["nb-package-errors", "parse-package", "regional-panel", "regional-plan"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("fetches the trend only when the controller opens it, says Laster … meanwhile, and charts packages once it is in", async () => {
    const { page, errors } = await playground.open("");
    await expect.poll(() => page.locator(".counts").textContent()).toMatch(/^\d+ feil, \d+ advars/);
    const section = page.getByRole("region", { name: "Utvikling over år" });
    const open = section.getByRole("button", { name: "Vis utviklingen over år" });
    expect(await open.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByLabel("Velg tidligere års pakker (flere filer)").count()).toBe(0);
    expect(await lazyFetched(page)).toEqual([]);
    // Hold the chunk until the waiting state is seen, as a slow network would.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(TREND_CHUNK, async (route) => {
      await held;
      await route.continue();
    });
    await open.click();
    await section.getByText("Laster …").waitFor();
    expect(await section.getAttribute("aria-busy")).toBe("true");
    release();
    const chooser = page.getByLabel("Velg tidligere års pakker (flere filer)");
    await chooser.waitFor();
    expect(await section.getAttribute("aria-busy")).toBe("false");
    expect(await open.getAttribute("aria-expanded")).toBe("true");
    expect(await section.getByText("Laster …").count()).toBe(0);
    await expect.poll(() => lazyFetched(page)).toEqual(["trend-section"]);
    await chooser.setInputFiles([bedsFile(2023, 110), bedsFile(2024, 108)]);
    await page.getByText("2 pakker lastet inn.").waitFor();
    await page.getByLabel("Tall", { exact: true }).selectOption("beds.phv_adult_total");
    const chart = page.getByRole("group", { name: "PHV voksne, i alt" });
    await expect.poll(() => chart.locator("desc").textContent()).toMatch(/^2023: 110, 2024: 108\b/);
    await expect
      .poll(async () => (await lazyFetched(page)).sort())
      .toEqual(["nb-package-errors", "parse-package", "trend-section"]);
    // Closed and opened again, the packages are still there and nothing is fetched again.
    await open.click();
    expect(await chooser.isVisible()).toBe(false);
    await open.click();
    await expect.poll(() => chart.locator("desc").textContent()).toMatch(/^2023: 110, 2024: 108\b/);
    expect((await lazyFetched(page)).filter((chunk) => chunk === "trend-section")).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("fetches the fill's checks and dialogs with its first package, and they ask before the fill writes", async () => {
    const { page, errors } = await playground.open("");
    await page.locator(".counts").waitFor();
    expect(await lazyFetched(page)).toEqual([]);
    await page.getByLabel("Velg fjorårets pakke (.hso.json)").setInputFiles(bedsFile(2022, 110));
    const question = page.getByRole("alertdialog", { name: "Pakken er for 2022, ikke for 2024" });
    await question.getByRole("button", { name: "Bruk tallene fra 2022" }).click();
    await page
      .getByRole("status")
      .getByText(/fylt ut/)
      .waitFor();
    const previous = page.getByLabel(cellOf("beds.phv_adult_total").replace("!C", "!D"), { exact: true });
    expect(await previous.inputValue()).toBe("110");
    await expect
      .poll(async () => (await lazyFetched(page)).sort())
      .toEqual(["fill-flow", "fill-from-package", "nb-package-errors", "parse-package"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("says in Norwegian and English when the trend's chunk cannot be fetched, and the pane goes on working", async () => {
    const { page, errors } = await playground.open("");
    await page.locator(".counts").waitFor();
    await page.route(TREND_CHUNK, (route) => route.abort("internetdisconnected"));
    const section = page.getByRole("region", { name: "Utvikling over år" });
    await section.getByRole("button", { name: "Vis utviklingen over år" }).click();
    const alert = section.getByRole("alert");
    await expect
      .poll(() => alert.locator('[lang="nb"]').textContent())
      .toMatch(/^Denne delen av ruten kunne ikke lastes ned\./);
    expect(await alert.locator('[lang="en"]').textContent()).toMatch(
      /^This part of the pane could not be downloaded\./,
    );
    expect(await section.getAttribute("aria-busy")).toBe("false");
    const closed = page.getByLabel(cellOf("beds.temporarily_closed"), { exact: true });
    await typeInto(page, cellOf("beds.phv_adult_hospital"), "40");
    await typeInto(page, cellOf("beds.phv_adult_dps"), "63");
    await typeInto(page, cellOf("beds.temporarily_closed"), "500");
    await expect.poll(() => closed.getAttribute("title")).toMatch(/\(500\) er flere enn /);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
