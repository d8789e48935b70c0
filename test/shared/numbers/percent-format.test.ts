import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPercentFormat, percentOf } from "../../../shared/numbers/percent-format";

describe("isPercentFormat", () => {
  it.each(["0%", "0.00%", "0.0 %", "#,##0.0%;-#,##0.0%", "[Red]0%", '0.0" "%'])(
    "%j shows a percentage",
    (code) => {
      expect(isPercentFormat(code)).toBe(true);
    },
  );
  it.each(["General", "0.00", '0.0" %"', "0.0\\%", "[$%-414]0", "@", "dd.mm.yyyy", "", undefined])(
    "%j does not",
    (code) => {
      expect(isPercentFormat(code)).toBe(false);
    },
  );
});

describe("percentOf", () => {
  it("gives the figure the cell shows, without binary noise", () => {
    expect(percentOf(0.06)).toBe(6);
    expect(percentOf(0.065)).toBe(6.5);
    expect(percentOf(0.0644)).toBe(6.44);
    expect(percentOf(1)).toBe(100);
  });

  it("is the inverse of typing n % into Excel for figures with up to two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (hundredths) => {
        const shown = hundredths / 100;
        expect(percentOf(shown / 100)).toBe(shown);
      }),
    );
  });
});
