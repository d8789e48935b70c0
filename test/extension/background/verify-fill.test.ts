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
