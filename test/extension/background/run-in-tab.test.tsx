import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runInTab } from "../../../extension/background/run-in-tab";
import type { ContentRequest } from "../../../extension/content/content-api";
import { createFakeBrowser, type FakeBrowser, fakeHolder } from "./fake-browser";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

// The function the worker sends runs here, in this test's document, as the browser runs it in a frame.
const KEY = Symbol.for("hso.content");
const scope = globalThis as unknown as Record<symbol, unknown>;
const REQUEST = { mode: "fill", figures: [{ id: "a" }, { id: "b" }], waitMs: 0 } as unknown as ContentRequest;
let fake: FakeBrowser;

beforeEach(() => {
  // The frame checks its document's origin (`self.origin`, a srcdoc frame's is its page's), which
  // happy-dom does not have: here it is this test document's, as a browser gives it.
  Object.defineProperty(globalThis, "origin", { value: location.origin, configurable: true });
  fake = createFakeBrowser();
  fakeHolder.current = fake;
  fake.scripting.executeScript.mockImplementation(async (details: object) => {
    const { func, args } = details as { func?: (...args: unknown[]) => unknown; args?: unknown[] };
    return func ? [{ frameId: 0, result: await func(...(args ?? [])) }] : [];
  });
});

afterEach(() => {
  delete scope[KEY];
});

const run = (origin = location.origin) => runInTab(7, [{ frameId: 0, url: location.href, origin }], REQUEST);

describe("runInTab: each frame's answer as the worker reads it", () => {
  it("derives the lists from the engine's reports at once", async () => {
    const figures = [
      { id: "a", outcome: "filled" },
      { id: "b", outcome: "readonly" },
    ];
    scope[KEY] = { run: async () => ({ frameUrl: location.href, figures, undoId: "u1" }) };
    expect(await run()).toEqual([
      {
        frameId: 0,
        frameUrl: location.href,
        filled: ["a"],
        missing: ["b"],
        mismatched: [],
        matched: [],
        pending: [],
        reasons: { b: "readonly" },
        figures,
        undoId: "u1",
      },
    ]);
  });

  it("a frame now of another origin is not filled: an error, every figure missing", async () => {
    const filled = vi.fn();
    scope[KEY] = { run: filled };
    const [answer] = await run("https://elsewhere.example.no");
    expect(answer).toMatchObject({ error: "frame_moved", missing: ["a", "b"], filled: [] });
    expect(filled).not.toHaveBeenCalled();
  });

  it("a frame without the engine is an error with every figure missing, never nothing to fill", async () => {
    const [answer] = await run();
    expect(answer).toMatchObject({
      error: "engine_missing",
      missing: ["a", "b"],
      filled: [],
      frameUrl: location.href,
    });
  });

  it("an answer that is not the engine's reports is no answer: every figure missing", async () => {
    // Lists without reports (an engine before version 9), then reports of no outcome a frame gives.
    const answers = [
      { frameUrl: location.href, filled: ["a"], missing: [], mismatched: [], matched: [] },
      { frameUrl: location.href, figures: [{ id: "a", outcome: "kept" }] },
    ];
    for (const wrong of answers) {
      scope[KEY] = { run: async () => wrong };
      const [answer] = await run();
      expect(answer).toMatchObject({ error: "no_answer", missing: ["a", "b"], filled: [] });
    }
  });

  it("the engine's own failure keeps its reason, with every figure missing", async () => {
    scope[KEY] = { run: async () => ({ frameUrl: location.href, figures: [], error: "texts_missing" }) };
    const [answer] = await run();
    expect(answer).toMatchObject({ error: "texts_missing", missing: ["a", "b"], filled: [] });
    expect(answer?.figures).toBeUndefined();
  });
});
