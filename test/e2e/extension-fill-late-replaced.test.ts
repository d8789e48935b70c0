import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FigureRow, FillResult, ImportResult, UndoSummary } from "../../extension/messages";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { EXTENSION_DIR } from "./forms/browser";
import { type FormServer, startFormServer } from "./forms/serve-forms";
import { telemarkPackageText } from "./forms/telemark-package";

// The late read-back of what the page did after the fill, where the fill's own read-back could not
// see it (adversary round 8):
// - F6: choosing the unit loads that unit's draft 600 ms later and draws every box again (new
//   elements, as React does with a new `key`), holding the draft's values. The late read-back read
//   the elements the fill wrote, which the page had thrown away, and said "siden beholdt tallene"
//   with every box empty; the user's own 20 in TSB, which the fill left alone, was gone unsaid.
// - F8: the page's watcher sets the total the user typed (111) to the sum of the parts the fill
//   wrote. The fill left the total alone (the user's), and the report kept saying "siden: 111".
//   Now it is reported with the 111 it replaced, never put back (a review found the put back
//   writing a page's own starting 0 over the package's figure).
// The page's own model is what it would save: the report must say what it holds.

/** Unit list and three boxes; `redraw` is the page's rule for the values it draws the boxes with. */
const unitPage = (redraw: string) => `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Døgnplasser 2024</title></head><body><h1>Døgnplasser 2024</h1><form>
<p><label for="u">Rapporterende enhet</label> <select id="u"><option value="">Velg enhet …</option>
<option value="983975267">Sykehuset Telemark HF</option><option value="983975259">Sykehuset i Vestfold HF</option></select></p>
<div id="boxes"></div></form><script>
  const model = {};
  window.pageModel = () => ({ ...model });
  const LABELS = { h: "PHV voksne, sykehusnivå", d: "PHV voksne, DPS", t: "TSB, i alt" };
  const boxes = document.getElementById("boxes");
  const draw = (values) => boxes.replaceChildren(...Object.entries(LABELS).map(([id, label]) => {
    const p = document.createElement("p");
    p.innerHTML = '<label for="' + id + '">' + label + '</label> <input id="' + id + '">';
    const input = p.querySelector("input");
    input.value = values[id] ?? "";
    input.addEventListener("input", () => { model[id] = input.value; });
    return p;
  }));
  draw({});
  const u = document.getElementById("u");
  u.addEventListener("change", () => {
    model.u = u.value;
    setTimeout(() => {
      const values = (${redraw})({ ...model });
      for (const id of Object.keys(LABELS)) delete model[id];
      Object.assign(model, values);
      draw(values);
    }, 600);
  });
</script></body></html>`;

/** The unit's draft is empty: every box drawn again empty (f11). */
const DRAFT = "() => ({})";
/** The page draws the boxes again with what they held (new elements, the same values). */
const CARRIES = "(values) => values";

/**
 * Two parts and an editable total; whenever a box changes and both parts hold numbers, the page's
 * watcher sets the total to their sum (a microtask later, as Vue's watchers run), and the page
 * draws the total from its model again 300 ms after any change. `when` says which boxes' changes
 * it watches: the parts (v04), or none; `total` is what the total starts with, `off` what the
 * page's sum adds (a sum that is not the package's figure).
 */
const watcherPage = (
  when: string,
  total = "",
  off = 0,
) => `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Døgnplasser 2024</title></head><body><h1>Døgnplasser 2024 – Sykehuset Telemark HF</h1><form>
<p><label for="h">PHV voksne, sykehusnivå</label> <input id="h"></p>
<p><label for="d">PHV voksne, DPS</label> <input id="d"></p>
<p><label for="t">PHV voksne, i alt</label> <input id="t" value="${total}"></p>
</form><script>
  const model = { h: "", d: "", t: "${total}" };
  window.pageModel = () => ({ ...model });
  const num = (text) => text.trim() === "" ? null : Number(text.replace(",", "."));
  const watched = ${when};
  for (const box of document.querySelectorAll("input"))
    box.addEventListener("input", () => {
      model[box.id] = box.value;
      setTimeout(() => { document.getElementById("t").value = model.t; }, 300);
      if (!watched(box.id)) return;
      queueMicrotask(() => {
        const [a, b] = [num(model.h), num(model.d)];
        if (a === null || b === null) return;
        model.t = String(a + b + ${off}).replace(".", ",");
        document.getElementById("t").value = model.t;
      });
    });
</script></body></html>`;

let server: FormServer;
let session: ExtensionSession;
let copy: { dir: string; remove(): void };

beforeAll(async () => {
  server = await startFormServer({
    pages: {
      "/draft": unitPage(DRAFT),
      "/carries": unitPage(CARRIES),
      "/watcher": watcherPage('(id) => id !== "t"'),
      "/zero-total": watcherPage('(id) => id !== "t"', "0"),
      "/off-by-one": watcherPage('(id) => id !== "t"', "", 1),
      "/no-watcher": watcherPage("() => false"),
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

/** What the page holds: its model and each box as shown. */
const pageState = (tab: Page) =>
  tab.evaluate(() => ({
    model: (window as unknown as { pageModel(): Record<string, string> }).pageModel(),
    boxes: Object.fromEntries(
      [...document.querySelectorAll("input")].map((box) => [box.id, (box as HTMLInputElement).value]),
    ),
  }));

/**
 * The user types `typed` into their boxes (trusted keys), then fills as the popup does and reads
 * back late as the popup does once the report is shown; undoes when asked.
 */
async function fill(path: string, typed: Record<string, string> = {}, undo = false) {
  const { tabId, page: tab } = await session.openTab(`${server.origin}${path}`);
  for (const [id, text] of Object.entries(typed)) {
    await tab.click(`#${id}`);
    await tab.keyboard.type(text);
    await tab.keyboard.press("Tab");
  }
  const expect = { url: tab.url(), origin: new URL(tab.url()).origin };
  const first = await session.send<FillResult>({
    type: "fill-tab",
    tabId,
    org: "983975267",
    year: 2024,
    mode: "fill",
    expect,
  });
  const { result } = await session.send<{ result?: FillResult }>({ type: "verify-fill", tabId });
  const filled = await pageState(tab);
  const undone = undo ? await session.send<UndoSummary>({ type: "undo-tab", tabId }) : undefined;
  return { first, result: result as FillResult, filled, undone, after: await pageState(tab) };
}

const row = (result: FillResult, id: string) =>
  result.rows.find((item) => item.ids.includes(id)) as FigureRow;
const BOXES = ["beds.phv_adult_hospital", "beds.phv_adult_dps", "beds.tsb_total"];

describe("a unit list that draws every box anew with the unit's draft after the fill (adversary round 8, F6)", () => {
  it("the boxes the page replaced are not kept, never 'siden beholdt tallene': the page holds none of the figures", async () => {
    const { result, filled } = await fill("/draft");
    expect(filled.boxes).toEqual({ h: "", d: "", t: "" });
    expect(filled.model).toEqual({ u: "983975267" });
    for (const id of BOXES) {
      expect(result.filled).not.toContain(id);
      expect(row(result, id)).toMatchObject({ outcome: "not_kept", actual: "" });
    }
    expect(result.filled).toContain("beds.unit_org");
    expect(result.afterFill?.changed).toBe(3);
  });

  it("the user's 20, left alone by the fill and wiped by the page's redraw, is said to be gone", async () => {
    const { result, filled } = await fill("/draft", { t: "20" });
    expect(filled.boxes).toEqual({ h: "", d: "", t: "" });
    // Reading the page's new box is safe; writing there is not (it may be another unit's form).
    expect(row(result, "beds.tsb_total")).toMatchObject({
      outcome: "not_kept",
      expected: "30",
      actual: "",
      overwritten: "20",
    });
    expect(row(result, "beds.tsb_total").restored).toBeUndefined();
    expect(row(result, "beds.phv_adult_dps")).toMatchObject({ outcome: "not_kept", actual: "" });
    expect(result.afterFill?.changed).toBe(3);
  });

  it("twin: a page that draws the boxes anew with what they held is filled and kept, the user's 20 too", async () => {
    const { result, filled } = await fill("/carries", { t: "20" });
    expect(filled.boxes).toEqual({ h: "40", d: "63,5", t: "20" });
    expect(result.filled).toEqual(
      expect.arrayContaining(["beds.unit_org", "beds.phv_adult_hospital", "beds.phv_adult_dps"]),
    );
    expect(row(result, "beds.tsb_total")).toMatchObject({ outcome: "mismatched", actual: "20" });
    expect(row(result, "beds.tsb_total").overwritten).toBeUndefined();
    expect(result.afterFill).toMatchObject({ changed: 0 });
  });
});

describe("a watcher that sets the user's total to the sum of the parts the fill wrote (adversary round 8, F8)", () => {
  it("the page's change is reported (the user's 111 replaced by the sum), never put back, nor by undo", async () => {
    const { result, filled, undone, after } = await fill("/watcher", { t: "111" }, true);
    // The page holds the sum, which is the package's figure: the row says so, and names the 111.
    expect(filled.model).toEqual({ h: "40", d: "63,5", t: "103,5" });
    expect(filled.boxes).toEqual({ h: "40", d: "63,5", t: "103,5" });
    expect(row(result, "beds.phv_adult_total")).toMatchObject({
      outcome: "matched",
      expected: "103,5",
      actual: "103,5",
      overwritten: "111",
    });
    expect(row(result, "beds.phv_adult_total").restored).toBeUndefined();
    expect(result.filled).toEqual(expect.arrayContaining(["beds.phv_adult_hospital", "beds.phv_adult_dps"]));
    expect(result.afterFill?.changed).toBe(1);
    // Undo empties the parts it wrote and never writes the total it did not write.
    expect([...(undone?.restored ?? [])].sort()).toEqual(["beds.phv_adult_dps", "beds.phv_adult_hospital"]);
    expect(undone?.kept ?? []).not.toContain("beds.phv_adult_total");
    expect(after.model).toEqual({ h: "", d: "", t: "103,5" });
  });

  it("a total the page starts at 0 and sums is the package's figure after the fill: nothing written over it", async () => {
    // The review of F8: the first version put the page's own 0 back over the package's 103,5.
    const { result, filled, after } = await fill("/zero-total");
    expect(filled.model).toEqual({ h: "40", d: "63,5", t: "103,5" });
    expect(after.boxes).toEqual({ h: "40", d: "63,5", t: "103,5" });
    expect(row(result, "beds.phv_adult_total")).toMatchObject({ outcome: "matched", actual: "103,5" });
  });

  it("a page whose sum is not the package's figure: not kept, the user's 111 named, the page's figure left", async () => {
    const { result, filled } = await fill("/off-by-one", { t: "111" });
    expect(filled.model).toMatchObject({ t: "104,5" });
    expect(row(result, "beds.phv_adult_total")).toMatchObject({
      outcome: "not_kept",
      actual: "104,5",
      overwritten: "111",
    });
    expect(row(result, "beds.phv_adult_total").restored).toBeUndefined();
  });

  it("twin: a page without a watcher keeps the user's 111, reported as holding another value", async () => {
    const { result, filled, undone, after } = await fill("/no-watcher", { t: "111" }, true);
    expect(filled.model).toEqual({ h: "40", d: "63,5", t: "111" });
    expect(row(result, "beds.phv_adult_total")).toMatchObject({ outcome: "mismatched", actual: "111" });
    expect(row(result, "beds.phv_adult_total").overwritten).toBeUndefined();
    expect(result.afterFill).toMatchObject({ changed: 0 });
    expect(after.model).toEqual({ h: "", d: "", t: "111" });
    expect([...(undone?.restored ?? [])].sort()).toEqual(["beds.phv_adult_dps", "beds.phv_adult_hospital"]);
  });
});
