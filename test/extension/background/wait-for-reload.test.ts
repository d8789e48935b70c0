import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { waitForReload } from "../../../extension/background/wait-for-reload";
import { createFakeBrowser, type FakeBrowser, fakeHolder } from "./fake-browser";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

let fake: FakeBrowser;
const limits = { startMs: 1_000, loadMs: 5_000 };

beforeEach(() => {
  vi.useFakeTimers();
  fake = createFakeBrowser();
  fakeHolder.current = fake;
});
afterEach(() => vi.useRealTimers());

describe("waitForReload", () => {
  it("answers loaded when the same tab completes a load, and stops listening", async () => {
    const waiting = waitForReload(7, limits);
    let done = false;
    void waiting.then(() => {
      done = true;
    });
    fake.tabs.onUpdated.fire(7, { status: "loading" });
    fake.tabs.onUpdated.fire(8, { status: "complete" });
    await vi.advanceTimersByTimeAsync(limits.startMs / 2);
    expect(done).toBe(false);
    fake.tabs.onUpdated.fire(7, { status: "complete" });
    expect(await waiting).toBe("loaded");
    expect(fake.tabs.onUpdated.count()).toBe(0);
  });

  it("gives up when no reload starts", async () => {
    const waiting = waitForReload(7, limits);
    await vi.advanceTimersByTimeAsync(limits.startMs);
    expect(await waiting).toBe("none");
    expect(fake.tabs.onUpdated.count()).toBe(0);
  });

  it("keeps waiting while the tab is loading, and gives up on a load that never completes", async () => {
    fake.tabs.get.mockResolvedValue({ id: 7, url: "https://a.no/", status: "loading" } as never);
    const waiting = waitForReload(7, limits);
    let done = false;
    void waiting.then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(limits.startMs + 10);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(limits.loadMs);
    expect(await waiting).toBe("timed_out");
    expect(fake.tabs.onUpdated.count()).toBe(0);
  });
});
