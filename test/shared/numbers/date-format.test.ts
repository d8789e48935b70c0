import { describe, expect, it } from "vitest";
import { isDateFormat } from "../../../shared/numbers/date-format";

describe("isDateFormat", () => {
  it.each([
    "dd.mm.yyyy",
    "d/m/yy",
    "mm-dd-yy",
    "[$-414]d. mmmm yyyy",
    "h:mm",
    "[h]:mm:ss",
    "yyyy-mm-dd;@",
    "d.m",
  ])("a date or time format: %s", (code) => {
    expect(isDateFormat(code)).toBe(true);
  });

  it.each([
    undefined,
    "",
    "General",
    "0",
    "0.0",
    "# ##0",
    "#,##0.00",
    "0%",
    "0.00E+00",
    "@",
    '0" døgnplasser"',
    "[Red]0.0",
    "0\\d",
  ])("not a date format: %s", (code) => {
    expect(isDateFormat(code)).toBe(false);
  });
});
