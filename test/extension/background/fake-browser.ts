import { vi } from "vitest";

type Listener = (...args: never[]) => unknown;

/** An event as the `browser` API has it, with a way for tests to fire it. */
function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => listeners.add(listener),
    removeListener: (listener: Listener) => listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
    fire: (...args: unknown[]) => {
      for (const listener of [...listeners]) (listener as (...a: unknown[]) => unknown)(...args);
    },
    count: () => listeners.size,
  };
}

/** A storage area kept in a plain object; values are copied as structured clones, as browsers do. */
function fakeArea(failing = false) {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: vi.fn(async (key: string) => {
      if (failing) throw new Error("Managed storage manifest not found");
      return Object.hasOwn(data, key) ? { [key]: structuredClone(data[key]) } : {};
    }),
    set: vi.fn(async (items: Record<string, unknown>) => {
      Object.assign(data, structuredClone(items));
    }),
  };
}

/** The part of `browser` the worker uses, in memory; tests set tabs, frames' answers and policies. */
export function createFakeBrowser() {
  return {
    runtime: {
      id: "hso-test",
      getURL: (path: string) => `chrome-extension://hso-test/${path}`,
      onMessage: fakeEvent(),
    },
    storage: { local: fakeArea(), session: fakeArea(), managed: fakeArea() },
    tabs: {
      query: vi.fn(async (_query: object) => [{ id: 7, url: "https://intranett.example.no/skjema/1" }]),
      get: vi.fn(async (tabId: number) => ({ id: tabId, url: "https://intranett.example.no/skjema/1" })),
      update: vi.fn(async (tabId: number) => ({ id: tabId })),
      onUpdated: fakeEvent(),
      onRemoved: fakeEvent(),
    },
    scripting: { executeScript: vi.fn(async (_details: object): Promise<{ result?: unknown }[]> => []) },
    permissions: { contains: vi.fn(async (_permissions: object) => false) },
  };
}

/** The fake as a test holds it. */
export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** The fake the mocked `webextension-polyfill` answers with; replace `current` in `beforeEach`. */
export const fakeHolder: { current: FakeBrowser } = { current: createFakeBrowser() };

/** Stands in for the polyfill's default export: every member is read from the current fake. */
export const browserProxy = new Proxy(
  {},
  { get: (_target, key: string) => (fakeHolder.current as Record<string, unknown>)[key] },
);

/** A message sender that is one of the extension's own pages. */
export const OWN_PAGE = { id: "hso-test", url: "chrome-extension://hso-test/popup.html" };
