import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FigureRow, FillResult, ImportResult } from "../../extension/messages";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { EXTENSION_DIR } from "./forms/browser";
import { type FormServer, startFormServer } from "./forms/serve-forms";
import { telemarkPackageText } from "./forms/telemark-package";

// A page that updates its own model on focusout and re-renders the box from it later (adversary
// round 3, A12: g21 truncated 86,1 to 86, 300 ms after the fill's focusout, after the read-back).
// The model is what the page would save: it must never end holding a figure that is not the
// package's. `rewrite(box, value)` is the page's rule for what a focusout leaves in its model.
const page = (rewrite: string) => `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Døgnplasser 2024</title></head><body><h1>Døgnplasser 2024 – Sykehuset Telemark HF</h1><form>
<p><label for="h">PHV voksne, sykehusnivå</label> <input id="h"></p>
<p><label for="d">PHV voksne, DPS</label> <input id="d"></p>
</form><script>
  const model = { h: "", d: "" };
  window.pageModel = () => ({ ...model });
  const rewrite = ${rewrite};
  for (const box of document.querySelectorAll("input"))
    box.addEventListener("focusout", () => {
      model[box.id] = rewrite(box, box.value);
      setTimeout(() => { box.value = model[box.id]; }, 600);
    });
</script></body></html>`;

/** DPS's box keeps the integer part of what it is given (63,5 → 63), as g21's box did. */
const TRUNCATES = `(box, value) => box.id === "d" ? value.replace(",", ".").replace(/\\.\\d*$/, "") : value`;
/** The same, but an empty box leaves the model as it was: the put back is undone by the page. */
const FIGHTS = `(box, value) => value === "" ? model[box.id] : box.id === "d" ? value.replace(/,\\d*$/, "") : value`;

let server: FormServer;
let session: ExtensionSession;
let copy: { dir: string; remove(): void };

beforeAll(async () => {
  server = await startFormServer({
    pages: {
      "/truncates": page(TRUNCATES),
      "/keeps": page("(box, value) => value"),
      "/fights": page(FIGHTS),
    },
  });
  copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
  session = await openExtensionSession(copy.dir);
  const imported = await session.send<{ results: ImportResult[] }>({
    type: "import-packages",
    files: [{ name: "telemark-2024.hso.json", text: telemarkPackageText() }],
  });
  if (!imported.results[0]?.ok) throw new Error(`package refused: ${JSON.stringify(imported.results)}`);
});
afterAll(async () => {
  await session?.close();
  copy?.remove();
  await server?.close();
});

/** Fills as the popup does, then reads back late as the popup does once the report is shown. */
async function fill(path: string, between?: (tab: Page) => Promise<void>) {
  const { tabId, page: tab } = await session.openTab(`${server.origin}${path}`);
  const expect = { url: tab.url(), origin: new URL(tab.url()).origin };
  const first = await session.send<FillResult>({
    type: "fill-tab",
    tabId,
    org: "983975267",
    year: 2024,
    mode: "fill",
    expect,
  });
  await between?.(tab);
  const { result } = await session.send<{ result?: FillResult }>({ type: "verify-fill", tabId });
  const model = await tab.evaluate(() => (window as unknown as { pageModel(): object }).pageModel());
  const boxes = await tab.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll("input")].map((box) => [box.id, box.value])),
  );
  return { first, result: result as FillResult, model, boxes };
}

const row = (result: FillResult, id: string) =>
  result.rows.find((item) => item.ids.includes(id)) as FigureRow;

describe("a figure the page rewrites after the read-back (adversary round 3, A12)", () => {
  it("is put back to what the field held before, through the page's events: the page's model never keeps 63 for 63,5", async () => {
    const { first, result, model, boxes } = await fill("/truncates");
    expect(first.filled).toEqual(expect.arrayContaining(["beds.phv_adult_hospital", "beds.phv_adult_dps"]));
    expect(model).toEqual({ h: "40", d: "" });
    expect(boxes).toEqual({ h: "40", d: "" });
    expect(result.filled).toContain("beds.phv_adult_hospital");
    expect(result.filled).not.toContain("beds.phv_adult_dps");
    expect(row(result, "beds.phv_adult_dps")).toMatchObject({
      outcome: "not_kept",
      expected: "63,5",
      actual: "63",
      restored: true,
    });
    expect(result.mismatched).toContainEqual({ id: "beds.phv_adult_dps", expected: "63,5", actual: "63" });
    expect(result.afterFill?.changed).toBe(1);
  });

  it("twin: a page that keeps what was written is filled and not touched", async () => {
    const { result, model, boxes } = await fill("/keeps");
    expect(model).toEqual({ h: "40", d: "63,5" });
    expect(boxes).toEqual({ h: "40", d: "63,5" });
    expect(result.filled).toEqual(expect.arrayContaining(["beds.phv_adult_hospital", "beds.phv_adult_dps"]));
    expect(row(result, "beds.phv_adult_dps")).toMatchObject({ outcome: "filled" });
    expect(row(result, "beds.phv_adult_dps").restored).toBeUndefined();
    expect(result.afterFill).toMatchObject({ changed: 0 });
  });

  it("twin: what the user types after the fill is theirs (a trusted input), even a value near the figure", async () => {
    const { result, model, boxes } = await fill("/truncates", async (tab) => {
      // The user sees 63 and types 64 over it, as a keyboard does (trusted events).
      await tab.waitForFunction(() => (document.getElementById("d") as HTMLInputElement).value === "63");
      await tab.click("#d");
      await tab.keyboard.press("Control+A");
      await tab.keyboard.type("64");
      await tab.keyboard.press("Tab");
    });
    expect(model).toEqual({ h: "40", d: "64" });
    expect(boxes).toEqual({ h: "40", d: "64" });
    expect(row(result, "beds.phv_adult_dps")).toMatchObject({ outcome: "user_changed", actual: "64" });
    expect(row(result, "beds.phv_adult_dps").restored).toBeUndefined();
    expect(result.filled).not.toContain("beds.phv_adult_dps");
  });

  it("a page that changes the field again after the put back: reported not restored", async () => {
    const { result, model } = await fill("/fights");
    // The page's own model holds its rewrite; the report must say so, never call it filled.
    expect(model).toEqual({ h: "40", d: "63" });
    expect(row(result, "beds.phv_adult_dps")).toMatchObject({
      outcome: "not_kept",
      actual: "63",
      restored: false,
    });
    expect(result.filled).not.toContain("beds.phv_adult_dps");
    expect(result.mismatched.map((item) => item.id)).toContain("beds.phv_adult_dps");
  });
});
