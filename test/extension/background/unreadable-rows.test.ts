import { describe, expect, it } from "vitest";
import { markUnreadable } from "../../../extension/background/unreadable-rows";
import type { FigureRow } from "../../../extension/messages";

const row = (expected: string, actual: string): FigureRow => ({
  ids: ["activity.bed_days_adult"],
  outcome: "mismatched",
  frameUrl: "https://a.no/",
  expected,
  actual,
});

describe("markUnreadable", () => {
  it("a number the page shows so it can mean two figures, or abbreviated, is unreadable, not another value", () => {
    const rows = [row("36.5", "36.500"), row("36500", "36.500"), row("5200", "5,2 k"), row("5,2", "5,2 k")];
    expect(markUnreadable(rows).map((item) => item.outcome)).toEqual([
      "unreadable",
      "unreadable",
      "unreadable",
      "unreadable",
    ]);
  });

  it("a point page's «1.234.567», which the engine does not read, is unreadable too, not another value", () => {
    // The engine refuses every point-grouped text on a point page (content/same-value.ts); the
    // report must say it cannot read it, never "holds another value" beside the figure itself.
    expect(
      markUnreadable([row("1234567", "1.234.567"), row("1234.5", "1.234.567")]).map((item) => item.outcome),
    ).toEqual(["unreadable", "unreadable"]);
  });

  it("twins: a comma page's «36.500» (36 500) and a plain other number stay another value", () => {
    const rows = [row("36,5", "36.500"), row("36500", "36 400"), row("36500", "36,500")];
    expect(markUnreadable(rows).map((item) => item.outcome)).toEqual([
      "mismatched",
      "mismatched",
      "mismatched",
    ]);
    const filled: FigureRow = { ...row("36500", "36.500"), outcome: "filled" };
    expect(markUnreadable([filled])[0]?.outcome).toBe("filled");
  });
});
