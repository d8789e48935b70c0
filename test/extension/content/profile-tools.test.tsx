import { afterEach, describe, expect, it, vi } from "vitest";
import { CONTENT_API_VERSION, PROFILE_TOOLS_SYMBOL } from "../../../extension/content/content-api";

const KEY = Symbol.for(PROFILE_TOOLS_SYMBOL);
const scope = globalThis as unknown as Record<symbol, Record<string, unknown> | undefined>;
const installed = () => scope[KEY];

afterEach(() => {
  delete scope[KEY];
});

// A tool set of every function the current one has, so only its version tells it from this build's.
const older = (version: number | undefined) => ({
  ...(version === undefined ? {} : { version }),
  identity: () => ({}),
  testProfile: () => ({}),
  pick: async () => ({ picked: [] }),
  invalidSelectors: () => [],
  assign: () => new Map(),
  reconfirm: () => ({}),
  planRows: () => ({}),
  fillOrder: () => [],
  undo: async () => ({}),
  kept: () => ({}),
});

describe("profile-tools.js", () => {
  it("installs with the engine's version", async () => {
    vi.resetModules();
    await import("../../../extension/content/profile-tools");
    expect(installed()?.version).toBe(CONTENT_API_VERSION);
    expect(typeof installed()?.kept).toBe("function");
  });

  it("replaces one of an earlier build left in the frame (the extension updated), even with every function", async () => {
    for (const version of [undefined, CONTENT_API_VERSION - 1]) {
      const stale = older(version);
      scope[KEY] = stale;
      vi.resetModules();
      await import("../../../extension/content/profile-tools");
      expect(installed()).not.toBe(stale);
      expect(installed()?.version).toBe(CONTENT_API_VERSION);
    }
  });

  it("twin: one of this version stays, with its state, when injected again", async () => {
    vi.resetModules();
    await import("../../../extension/content/profile-tools");
    const first = installed();
    vi.resetModules();
    await import("../../../extension/content/profile-tools");
    expect(installed()).toBe(first);
  });
});
