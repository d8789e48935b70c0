// Undo reads every control back once the page has handled the events it fired (adversary round 8,
// F7): a Fluent SpinButton takes "" and on blur goes back to its last valid value, so undo said
// "Felt satt tilbake … 8" while both SpinButtons of a01 still held 41.5 and 47.2, box and model.
// A control that does not hold its old value then is not put back, and undo says so
// (extension/content/undo-fill.ts; docs/extension.md, "Undo").
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FillResult, ImportResult, UndoSummary } from "../../extension/messages";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { EXTENSION_DIR } from "./forms/browser";
import { buildBundle, bundlePage } from "./forms/build-bundle";
import { type FormServer, startFormServer } from "./forms/serve-forms";
import { telemarkPackageText } from "./forms/telemark-package";

let server: FormServer;
let session: ExtensionSession;
let copy: { dir: string; remove(): void };

beforeAll(async () => {
  server = await startFormServer({
    pages: { "/spin": bundlePage("Døgnplasser 2024", "/spin.js") },
    scripts: { "/spin.js": await buildBundle("spin-button-form.js") },
  });
  copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
  session = await openExtensionSession(copy.dir);
  const imported = await session.send<{ results: ImportResult[] }>({
    type: "import-packages",
    files: [{ name: "telemark-2024.hso.json", text: telemarkPackageText() }],
  });
  if (!imported.results[0]?.ok) throw new Error(`package refused: ${JSON.stringify(imported.results)}`);
}, 180_000);
afterAll(async () => {
  await session?.close();
  copy?.remove();
  await server?.close();
});

/** What the page holds: each box as shown and the components' state. */
const pageState = (tab: Page) =>
  tab.evaluate(() => ({
    boxes: Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement>("[data-k]")].map((box) => [box.dataset.k, box.value]),
    ),
    model: (window as unknown as { __spinState(): Record<string, string> }).__spinState(),
  }));

/** The user types `typed` into boxes first (trusted keys); then fill, read back late, undo. */
async function fillThenUndo(typed: Record<string, string>, overwrite = false) {
  const { tabId, page: tab } = await session.openTab(`${server.origin}/spin`);
  await tab.waitForSelector("[data-k=tsb]");
  for (const [k, text] of Object.entries(typed)) {
    await tab.click(`[data-k=${k}]`);
    await tab.keyboard.type(text);
    await tab.keyboard.press("Tab");
  }
  const expect = { url: tab.url(), origin: new URL(tab.url()).origin };
  const fill = await session.send<FillResult>({
    type: "fill-tab",
    tabId,
    org: "983975267",
    year: 2024,
    mode: "fill",
    expect,
    ...(overwrite ? { overwrite: true } : {}),
  });
  await session.send({ type: "verify-fill", tabId });
  const filled = await pageState(tab);
  const undone = await session.send<UndoSummary>({ type: "undo-tab", tabId });
  return { fill, filled, undone, after: await pageState(tab) };
}

describe("undo of Fluent SpinButtons, which go back to their last valid value on blur (F7)", () => {
  it("names the SpinButtons that kept the fill's figure as not put back, never as restored", async () => {
    const { fill, filled, undone, after } = await fillThenUndo({});
    expect(fill.filled).toEqual(
      expect.arrayContaining(["beds.phbu_total", "beds.temporarily_closed", "beds.tsb_total"]),
    );
    expect(filled.boxes).toEqual({ phbu: "20", closed: "7", tsb: "30" });
    // The page keeps its SpinButtons' figures: undo must say so.
    expect(after.boxes).toEqual({ phbu: "20", closed: "7", tsb: "" });
    expect(after.model).toMatchObject({ phbu: "20", closed: "7", tsb: "" });
    expect(undone.restored).toEqual(["beds.tsb_total"]);
    expect([...undone.failed].sort()).toEqual(["beds.phbu_total", "beds.temporarily_closed"]);
  });

  it("twin: SpinButtons that held the user's own valid figures take them back, restored", async () => {
    const { fill, filled, undone, after } = await fillThenUndo({ phbu: "2", closed: "5" }, true);
    expect(fill.filled).toEqual(expect.arrayContaining(["beds.phbu_total", "beds.temporarily_closed"]));
    expect(filled.boxes).toEqual({ phbu: "20", closed: "7", tsb: "30" });
    expect(after.boxes).toEqual({ phbu: "2", closed: "5", tsb: "" });
    expect(after.model).toMatchObject({ phbu: "2", closed: "5", tsb: "" });
    expect([...undone.restored].sort()).toEqual([
      "beds.phbu_total",
      "beds.temporarily_closed",
      "beds.tsb_total",
    ]);
    expect(undone.failed).toEqual([]);
  });
});
