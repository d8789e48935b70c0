import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  followPage,
  LATE_BOUND_MS,
  LATE_QUIET_MS,
  LATE_READ_MS,
} from "../../../extension/background/verify-fill";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

// The late read-back follows the page (S2): a page that does nothing is read at LATE_READ_MS, one
// that keeps changing or says it is saving is asked again until it is done, never past the bound.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A frame's answers over time: `at(ms after the fill)` says how it is then. */
async function follow(at: (ms: number) => { busy: boolean; lastChange: number }) {
  const since = Date.now();
  const asked: number[] = [];
  let done: { busy: boolean; ms: number } | undefined;
  void followPage(since, async () => {
    const ms = Date.now() - since;
    asked.push(ms);
    const now = at(ms);
    return [{ changed: [], busy: now.busy, stillMs: ms - now.lastChange }];
  }).then((busy) => {
    done = { busy, ms: Date.now() - since };
  });
  for (let step = 0; done === undefined && step < 200; step += 1) await vi.advanceTimersByTimeAsync(50);
  return { ...done, asked };
}

describe("following the page after a fill", () => {
  it("a page that did nothing since the fill is read once, at LATE_READ_MS", async () => {
    const run = await follow(() => ({ busy: false, lastChange: 0 }));
    expect(run).toEqual({ busy: false, ms: LATE_READ_MS, asked: [LATE_READ_MS] });
  });

  it("a page that changed just before is asked again once it has been still for the quiet period", async () => {
    const run = await follow(() => ({ busy: false, lastChange: 1400 }));
    expect(run.busy).toBe(false);
    expect(run.ms).toBe(1400 + LATE_QUIET_MS);
  });

  it("'Ulagrede endringer' until a save at 2,5 s: followed until the save, then the quiet period", async () => {
    const run = await follow((ms) =>
      ms < 2500 ? { busy: true, lastChange: 0 } : { busy: false, lastChange: 2500 },
    );
    expect(run.busy).toBe(false);
    expect(run.ms).toBeGreaterThanOrEqual(2500 + LATE_QUIET_MS);
    expect(run.ms).toBeLessThan(LATE_BOUND_MS);
  });

  it("a page at work forever: read at the bound, said to be still at work", async () => {
    const run = await follow(() => ({ busy: true, lastChange: 0 }));
    expect(run).toMatchObject({ busy: true, ms: LATE_BOUND_MS });
  });

  it("a frame that answers nothing usable does not hold the read-back", async () => {
    const since = Date.now();
    let busy: boolean | undefined;
    void followPage(since, async () => [undefined]).then((value) => {
      busy = value;
    });
    await vi.advanceTimersByTimeAsync(LATE_READ_MS);
    expect(busy).toBe(false);
  });
});
