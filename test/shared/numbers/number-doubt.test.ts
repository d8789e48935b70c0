import { describe, expect, it } from "vitest";
import { numberDoubt, signOf } from "../../../shared/numbers/number-doubt";

describe("numberDoubt", () => {
  it.each([
    ["5,2 k", "comma", "abbreviated"],
    ["5.2k", "point", "abbreviated"],
    ["1,2 mill.", "comma", "abbreviated"],
    ["3 mrd", undefined, "abbreviated"],
    ["36.500", "point", "grouping"],
    ["36.500", undefined, "grouping"],
    ["36,500", undefined, "grouping"],
    ["-1.769", "point", "grouping"],
    // The fill engine reads no point-grouped text on a point page (same-value.ts), however many groups.
    ["1.234.567", "point", "grouping"],
  ] as const)("%j in %s style: %s", (text, style, doubt) => {
    expect(numberDoubt(text, style)).toBe(doubt);
  });

  it.each([
    ["36.500", "comma"],
    ["36,500", "comma"],
    ["36,500", "point"],
    ["1.234.567", "comma"],
    ["38\u202f000", undefined],
    ["38\u00a0000", "point"],
    ["36.5", "point"],
    ["1769,5", "comma"],
    ["142,5 %", "comma"],
    ["", undefined],
  ] as const)("%j in %s style is no doubt", (text, style) => {
    expect(numberDoubt(text, style)).toBeUndefined();
  });

  it("reads the style of a written figure from its decimal sign", () => {
    expect([signOf("86,1"), signOf("1769.5"), signOf("36500"), signOf("Økt behov")]).toEqual([
      "comma",
      "point",
      undefined,
      undefined,
    ]);
  });
});
