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
