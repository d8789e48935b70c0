import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellOf, startPlayground, typeInto } from "./playground-page";

let playground: Awaited<ReturnType<typeof startPlayground>>;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

const TYPED: Record<string, string> = {
  "beds.count_date": "20.11.2025",
  "beds.phv_adult_hospital": "40",
  "beds.phv_adult_dps": "63",
  "beds.phbu_total": "12",
  "beds.tsb_total": "20,5",
  "beds.temporarily_closed": "7",
};

describe("playground: the core's findings land at the cell the controller typed", () => {
  it("'Herav midlertidig stengt' larger than the total is one finding at the closed beds' cell, not the total's", async () => {
    const { page, errors } = await playground.open("");
    await page.locator(".counts").waitFor();
    for (const [id, text] of Object.entries(TYPED)) await typeInto(page, cellOf(id), text);
    const beds = page.getByRole("region", { name: "Døgnplasser" });
    await typeInto(page, cellOf("beds.temporarily_closed"), "500");
    await expect.poll(() => beds.textContent()).toContain("500");
    const found = await beds.getByRole("button").filter({ hasText: "Feil" }).allTextContents();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(`^${cellOf("beds.temporarily_closed").split("!")[1]} Feil Herav midlertidig stengt: `),
    );
    const total = page.getByLabel(cellOf("beds.all_total"), { exact: true });
    expect(await total.getAttribute("class")).not.toContain("marked");
    await expect
      .poll(() => page.getByLabel(cellOf("beds.temporarily_closed"), { exact: true }).getAttribute("class"))
      .toContain("marked");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
