import { describe, expect, it } from "vitest";
import type { WorkbookAdapter, WorkbookSnapshot } from "../../../addin/adapter/workbook-adapter";
import { createValidationLoop, type PassResult } from "../../../addin/components/validation-loop";
import { fakeAdapter } from "./fake-adapter";
import { workbookNames } from "./pane-fixtures";

/** An adapter whose reads finish only when the test says so, to race passes against each other. */
function slowAdapter() {
  const { adapter, calls } = fakeAdapter({ names: workbookNames(["beds"]) });
  const pending: (() => void)[] = [];
  const slow: WorkbookAdapter = {
    ...adapter,
    read: (signal) =>
      new Promise<WorkbookSnapshot>((resolve) => pending.push(() => void adapter.read(signal).then(resolve))),
  };
  return { adapter: slow, calls, release: () => pending.shift()?.() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("validation loop", () => {
  it("drops a stale pass: a newer request aborts the older, whose marks are never written", async () => {
    const { adapter, calls, release } = slowAdapter();
    const results: PassResult[] = [];
    const loop = createValidationLoop(
      adapter,
      {
        onStart() {},
        onResult: (result) => results.push(result),
        onError: (error) => results.push(error as never),
      },
      { debounceMs: 1, lang: "nb" },
    );
    const first = loop.runNow();
    await tick();
    const second = loop.runNow();
    release();
    await first;
    await tick();
    release();
    await second;
    expect(results).toHaveLength(1);
    expect(calls.marks).toHaveLength(1);
  });

  it("debounces a burst of edits into one pass", async () => {
    const { adapter, calls } = fakeAdapter({ names: workbookNames(["beds"]) });
    const loop = createValidationLoop(
      adapter,
      { onStart() {}, onResult() {}, onError() {} },
      { debounceMs: 20, lang: "nb" },
    );
    for (let i = 0; i < 5; i++) loop.schedule();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(calls.reads).toBe(1);
    loop.stop();
  });
});
