import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FillResult, ImportResult } from "../../extension/messages";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { EXTENSION_DIR } from "./forms/browser";
import { type FormServer, startFormServer } from "./forms/serve-forms";
import { telemarkPackageText } from "./forms/telemark-package";

// An old jQuery form whose model follows the keyboard, not the box (adversary round 4, B15:
// h22's boxes showed 46 / 64 / 20,5, the report said filled, and "Lagre" would have sent nothing).
// The page's model is what it would save, so each test reads it, not only the boxes.
const JQUERY = readFileSync(createRequire(import.meta.url).resolve("jquery/dist/jquery.min.js"), "utf8");

const page = (script: string) => `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Døgnplasser 2024</title><script src="/jquery.js"></script></head><body>
<h1>Døgnplasser 2024 – Sykehuset Telemark HF</h1><form id="f" action="/sent">
<p><label for="h">PHV voksne, sykehusnivå</label> <input id="h"></p>
<p><label for="d">PHV voksne, DPS</label> <input id="d"></p>
</form><script>
  const model = { h: "", d: "", submitted: false };
  window.pageModel = () => ({ ...model });
  ${script}
</script></body></html>`;

/** Hospital's box on `keyup` (a plug-in's way); DPS's on `keydown`, read after it (knockout's 'afterkeydown'). */
const KEYS = `$("#h").on("keyup", function () { model.h = this.value; });
  $("#d").on("keydown", function () { setTimeout(() => { model.d = this.value; }, 0); });`;
/** The twin: a model on `input`, and Enter on a box submits the form (as a browser's implicit submission). */
const INPUT_AND_ENTER = `$("#f input").on("input", function () { model[this.id] = this.value; });
  $("#f input").on("keydown", function (e) { if (e.key === "Enter" || e.which === 13) model.submitted = true; });`;

let server: FormServer;
let session: ExtensionSession;
let copy: { dir: string; remove(): void };

beforeAll(async () => {
  server = await startFormServer({
    pages: { "/keys": page(KEYS), "/input": page(INPUT_AND_ENTER) },
    scripts: { "/jquery.js": JQUERY },
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

async function fill(path: string) {
  const { tabId, page: tab } = await session.openTab(`${server.origin}${path}`);
  const result = await session.send<FillResult>({
    type: "fill-tab",
    tabId,
    org: "983975267",
    year: 2024,
    mode: "fill",
    expect: { url: tab.url(), origin: new URL(tab.url()).origin },
  });
  const model = await tab.evaluate(() => (window as unknown as { pageModel(): object }).pageModel());
  return { result, model };
}

describe("a page whose model follows the keyboard (adversary round 4, B15)", () => {
  it("takes the figures into its model on keyup and after keydown, as when a user types them", async () => {
    const { result, model } = await fill("/keys");
    expect(result.filled).toEqual(expect.arrayContaining(["beds.phv_adult_hospital", "beds.phv_adult_dps"]));
    expect(model).toEqual({ h: "40", d: "63,5", submitted: false });
  });

  it("twin: a model on input still takes them, and no key the fill sends is an Enter that submits", async () => {
    const { result, model } = await fill("/input");
    expect(result.filled).toEqual(expect.arrayContaining(["beds.phv_adult_hospital", "beds.phv_adult_dps"]));
    expect(model).toEqual({ h: "40", d: "63,5", submitted: false });
  });
});
