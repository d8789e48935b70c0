import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../../shared/numbers/format-number";
import { parseNumber } from "../../../shared/numbers/parse-number";

describe("formatNumber", () => {
  it("writes Norwegian display numbers with no-break-space groups and a decimal comma", () => {
    expect(formatNumber(1769.5, { style: "nb" })).toBe("1\u00a0769,5");
    expect(formatNumber(1533)).toBe("1\u00a0533");
    expect(formatNumber(-5)).toMatch(/^[\u2212-]5$/);
  });

  it("writes form numbers without grouping, in the form's decimal style", () => {
    expect(formatNumber(1769.5, { style: "comma" })).toBe("1769,5");
    expect(formatNumber(1769.5, { style: "point" })).toBe("1769.5");
    expect(formatNumber(12345678, { style: "point" })).toBe("12345678");
  });

  it("honours a fixed number of decimals and never writes a signed zero", () => {
    expect(formatNumber(57.8, { style: "comma", decimals: 2 })).toBe("57,80");
    expect(formatNumber(-0, { style: "point" })).toBe("0");
  });

  it("shows non-finite values as they are instead of hiding a bug", () => {
    expect(formatNumber(Number.NaN)).toBe("NaN");
  });
});

/** Figures as the templates hold them: up to 2 decimals, any sign, up to a billion. */
const figures = fc
  .integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 })
  .map((hundredths) => hundredths / 100);

describe("format → parse gives the number back (property)", () => {
  it.each(["nb", "comma"] as const)("style %s", (style) => {
    fc.assert(
      fc.property(figures, (value) => {
        expect(parseNumber(formatNumber(value, { style }))).toEqual({ ok: true, value: value + 0 });
      }),
      { numRuns: 2000 },
    );
  });

  it("style point, where the point cannot be read as thousands", () => {
    const unambiguous = figures.filter(
      (value) => !/^-?[1-9]\d{0,2}\.\d{3}$/.test(formatNumber(value, { style: "point" })),
    );
    fc.assert(
      fc.property(unambiguous, (value) => {
        expect(parseNumber(formatNumber(value, { style: "point" }))).toEqual({ ok: true, value: value + 0 });
      }),
      { numRuns: 2000 },
    );
  });

  // Intl writes at most 20 decimals, so doubles below 0.001 in size (never a reported figure) are left out.
  it("arbitrary doubles from 0.001 to 10^15 in size survive the nb style", () => {
    const doubles = fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
      .filter((value) => value === 0 || Math.abs(value) >= 1e-3);
    fc.assert(
      fc.property(doubles, (value) => {
        expect(parseNumber(formatNumber(value))).toEqual({ ok: true, value: value + 0 });
      }),
      { numRuns: 2000 },
    );
  });
});
