import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFolder } from "./static-server";

const DIST = resolve(import.meta.dirname, "../../../dist/addin");
const PACKAGES = resolve(import.meta.dirname, "../../../examples/packages");

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(DIST);
  browser = await chromium.launch({
    executablePath: process.env.HSO_BROWSER ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("playground: RHF staff build the regional workbook from many packages", () => {
  it("on an empty workbook, picks every example package and gets the paper's table as a sheet", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}/playground.html?workbook=empty`);
    const files = readdirSync(PACKAGES).map((name) => join(PACKAGES, name));
    await page.getByRole("button", { name: "Bygg den regionale arbeidsboken av innsendte pakker" }).click();
    await page.getByLabel("Pakker", { exact: true }).setInputFiles(files);
    await page.getByText(/^Arket «Regional tabell» er laget av \d+ pakker\.$/).waitFor();
    await page.getByRole("button", { name: "Regional tabell" }).click();
    expect(await page.getByLabel("Regional tabell!A14", { exact: true }).inputValue()).toBe(
      "Totalt Helse Sør-Øst/sykehus",
    );
    expect(await page.getByLabel("Regional tabell!F14", { exact: true }).inputValue()).toBe("1511");
    expect(await page.getByLabel("Regional tabell!F16", { exact: true }).inputValue()).toBe("1769,5");
    expect(errors).toEqual([]);
    await page.close();
  });
});
