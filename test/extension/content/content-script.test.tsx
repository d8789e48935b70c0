import { afterEach, describe, expect, it, vi } from "vitest";
import type { ContentApi } from "../../../extension/content/content-api";
import { input, page, request } from "./figures";

const installed = () => (globalThis as { hsoContent?: ContentApi }).hsoContent;

afterEach(() => {
  delete (globalThis as { hsoContent?: ContentApi }).hsoContent;
});

describe("content script", () => {
  it("installs hsoContent once: a second injection keeps the first", async () => {
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
    const result = await installed()?.run(request({ "beds.phbu_total": 7.5 }));
    expect(result?.filled).toEqual(["beds.phbu_total"]);
    expect(input("a").style.outline).not.toBe(before);
    installed()?.clearHighlights();
    expect(input("a").style.outline).toBe(before);
    expect(input("a").hasAttribute("data-hso")).toBe(false);
  });

  it("answers a malformed request with an error instead of throwing", async () => {
    vi.resetModules();
    await import("../../../extension/content/content-script");
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await installed()?.run({ mode: "fill", figures: [{ id: "x" }], waitMs: 0 } as never);
    expect(result?.missing).toEqual(["x"]);
    expect(result?.error).toBeTruthy();
    spy.mockRestore();
  });
});
