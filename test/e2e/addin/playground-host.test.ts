import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlayground } from "./playground-page";

let playground: Awaited<ReturnType<typeof startPlayground>>;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

describe("playground: ?host= models that Excel", () => {
  it("?host=office2021: the pane says it has no notes API and no close prompt (SharedRuntime 1.2)", async () => {
    const { page, errors } = await playground.open("?host=office2021");
    await page.getByText(/mangler API for notater \(ExcelApi 1\.18\)/).waitFor();
    await page.getByText(/kan ikke varsle ved lukking mens malen har feil \(SharedRuntime 1\.2\)/).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("without ?host= (Excel on the web) neither is missing", async () => {
    const { page } = await playground.open("");
    await page.locator(".counts").waitFor();
    expect(await page.getByText(/mangler API for notater|kan ikke varsle ved lukking/).count()).toBe(0);
    await page.context().close();
  });

  it("an unknown host is said in the page, naming the known ones", async () => {
    const { page } = await playground.open("?host=office2016");
    await page.getByText(/Ukjent vert «office2016»; kjente: web, /).waitFor();
    await page.context().close();
  });
});
