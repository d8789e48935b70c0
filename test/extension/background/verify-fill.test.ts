import { describe, expect, it, vi } from "vitest";
import { notKept } from "../../../extension/background/verify-fill";
import { fillResult } from "../pages/summaries";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

describe("the late read-back's result (S2)", () => {
  const result = fillResult({
    filled: ["beds.phv_adult_hospital", "beds.phv_adult_dps"],
    mismatched: [],
    rows: [
      { ids: ["beds.phv_adult_hospital"], outcome: "filled", frameUrl: "u", expected: "46" },
      { ids: ["beds.phv_adult_dps"], outcome: "filled", frameUrl: "u", expected: "64" },
      { ids: ["beds.tsb_total"], outcome: "not_found", frameUrl: "u" },
    ],
  });

  it("a field the page changed after the read-back is not kept, with what it holds now; the others stay filled", () => {
    const next = notKept(result, new Map([["beds.phv_adult_dps", ""]]));
    expect(next.rows.map((row) => [row.ids[0], row.outcome, row.actual])).toEqual([
      ["beds.phv_adult_hospital", "filled", undefined],
      ["beds.phv_adult_dps", "not_kept", ""],
      ["beds.tsb_total", "not_found", undefined],
    ]);
    expect(next.filled).toEqual(["beds.phv_adult_hospital"]);
    expect(next.mismatched).toEqual([{ id: "beds.phv_adult_dps", expected: "64", actual: "" }]);
  });

  it("nothing changed: the result as it was; a change of a field the fill did not write counts for nothing", () => {
    expect(notKept(result, new Map())).toEqual(result);
    expect(notKept(result, new Map([["beds.tsb_total", "9"]]))).toEqual(result);
  });
});

describe("a fill whose page was loaded again after it was shown (B11)", () => {
  it("the stored fill is marked, so the late read-back reads it again; a check or a fill without snapshots is not", async () => {
    const { loadTabResult, markTabNavigated, saveTabResult } = await import(
      "../../../extension/storage/tab-results"
    );
    const fill = fillResult({ filled: ["beds.phv_adult_hospital"], undoAvailable: true });
    await saveTabResult(7, fill);
    await markTabNavigated(7);
    expect((await loadTabResult(7))?.navigatedAfterFill).toBe(true);
    await saveTabResult(8, { ...fill, undoAvailable: false });
    await markTabNavigated(8);
    expect((await loadTabResult(8))?.navigatedAfterFill).toBeUndefined();
    await saveTabResult(9, { ...fill, mode: "check" });
    await markTabNavigated(9);
    expect((await loadTabResult(9))?.navigatedAfterFill).toBeUndefined();
  });
});
