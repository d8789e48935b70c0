import { describe, expect, it } from "vitest";
import { parseNumber } from "../../../shared/numbers/parse-number";

describe("parseNumber reads Norwegian numbers (DOMAIN rule 6)", () => {
  it.each([
    ["103", 103],
    ["258,5", 258.5],
    ["1 769,5", 1769.5],
    ["1\u00a0769,5", 1769.5],
    ["1\u202f769,5", 1769.5],
    ["12 345 678", 12345678],
    ["−5", -5],
    ["-0,25", -0.25],
    ["  42  ", 42],
    ["258.5", 258.5],
    ["0.5", 0.5],
    ["1234.5", 1234.5],
    ["0", 0],
  ])("%j → %d", (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["1.234", "ambiguous_separator"],
    ["12.345", "ambiguous_separator"],
    ["1,234,5", "ambiguous_separator"],
    ["1.234,5", "mixed_separators"],
    ["1,234.5", "mixed_separators"],
    ["12 34", "bad_grouping"],
    ["1 2345", "bad_grouping"],
    ["1,2 5", "bad_grouping"],
    ["abc", "not_a_number"],
    ["12 plasser", "not_a_number"],
    ["1\t000", "not_a_number"],
    ["1e5", "not_a_number"],
    [",5", "not_a_number"],
    ["5,", "not_a_number"],
    ["--5", "not_a_number"],
  ])("%j is refused: %s", (text, reason) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason });
  });

  it("never gives a signed zero", () => {
    const result = parseNumber("−0");
    expect(result.ok && Object.is(result.value, -0)).toBe(false);
  });
});
