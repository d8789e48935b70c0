import { afterEach, describe, expect, it, vi } from "vitest";
import { frameResultOf } from "../../../extension/background/frame-lists";
import { CONTENT_API_VERSION, type ContentApi } from "../../../extension/content/content-api";
import { input, page, request } from "./figures";

const KEY = Symbol.for("hso.content");
const scope = globalThis as unknown as Record<symbol, ContentApi | undefined>;
const installed = () => scope[KEY];

afterEach(() => {
  delete scope[KEY];
  document.body.innerHTML = "";
});

describe("content script", () => {
  it("installs under a Symbol, whatever the page calls its elements (DOM clobbering)", async () => {
    vi.resetModules();
    page(`<form id="hsoContent" name="hsoContent"><input id="run"></form><img name="hsoContent">`);
    await import("../../../extension/content/content-script");
    expect(typeof installed()?.run).toBe("function");
    expect(installed()?.version).toBe(CONTENT_API_VERSION);
  });

  it("replaces a foreign value under its key instead of trusting it", async () => {
    vi.resetModules();
    scope[KEY] = { run: "not a function" } as never;
    await import("../../../extension/content/content-script");
    expect(typeof installed()?.run).toBe("function");
  });

  it("installs once: a second injection keeps the first", async () => {
    vi.resetModules();
    await import("../../../extension/content/content-script");
    const first = installed();
    expect(typeof first?.run).toBe("function");
    vi.resetModules();
    await import("../../../extension/content/content-script");
    expect(installed()).toBe(first);
  });

  it("fills through run() and removes its outlines with clearHighlights()", async () => {
    vi.resetModules();
    await import("../../../extension/content/content-script");
    page(`<label for="a">PHBU, i alt</label><input id="a" style="outline: 1px dotted blue">`);
    const before = input("a").style.outline;
    const sent = request({ "beds.phbu_total": 7.5 });
    // Read as the worker reads a frame's answer: its lists derived from its reports (frame-lists.ts).
    const result = frameResultOf(await installed()?.run(sent), document.URL, sent.figures);
    expect(result.filled).toEqual(["beds.phbu_total"]);
    // The mark is drawn in a closed shadow root of its own: the page's element is left as it was.
    expect(input("a").style.outline).toBe(before);
    const overlay = document.documentElement.lastElementChild;
    expect(overlay?.localName).toBe("div");
    expect(overlay?.shadowRoot).toBeNull();
    installed()?.clearHighlights();
    expect(document.documentElement.lastElementChild).not.toBe(overlay);
    expect(input("a").hasAttribute("data-hso")).toBe(false);
  });

  it("answers a malformed request with an error instead of throwing", async () => {
    vi.resetModules();
    await import("../../../extension/content/content-script");
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const answer = await installed()?.run({ mode: "fill", figures: [{ id: "x" }], waitMs: 0 } as never);
    expect(answer).toMatchObject({ frameUrl: document.URL, figures: [] });
    expect(answer?.error).toBeTruthy();
    // The worker reads the failed frame's every figure as missing, never as nothing to fill.
    const result = frameResultOf(answer, document.URL, [{ id: "x" }]);
    expect(result.missing).toEqual(["x"]);
    expect(result.error).toBe(answer?.error);
    spy.mockRestore();
  });
});
