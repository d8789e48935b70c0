import { describe, expect, it } from "vitest";
import { formatOrgNumber, isValidOrgNumber, normalizeOrgNumber } from "../../../shared/units/org-number";

describe("isValidOrgNumber", () => {
  it.each([
    ["123456785", true],
    ["988077917", true],
    ["988077918", false],
    ["100000040", true],
    ["991324968", true],
    ["12345678", false],
    ["1234567850", false],
    ["12345678a", false],
    ["", false],
    ["983 975 267", false],
  ])("%j → %s", (org, valid) => {
    expect(isValidOrgNumber(org)).toBe(valid);
  });

  it.each([..."0123456789"])("10000013%s is invalid: remainder 1 has no check digit", (digit) => {
    expect(isValidOrgNumber(`10000013${digit}`)).toBe(false);
  });

  it("accepts exactly one check digit for each valid eight-digit stem", () => {
    const valid = [..."0123456789"].filter((digit) => isValidOrgNumber(`98397526${digit}`));
    expect(valid).toEqual(["7"]);
  });
});

describe("normalizeOrgNumber", () => {
  it.each([
    ["983975267", "983975267"],
    ["983 975 267", "983975267"],
    ["983\u00a0975\u00a0267", "983975267"],
    ["983\u202f975\u202f267", "983975267"],
    ["  983 975 267 ", "983975267"],
    ["983.975.267", undefined],
    ["98397526", undefined],
    ["9839752670", undefined],
    ["", undefined],
    ["NO 983 975 267 MVA", undefined],
  ])("%j → %j", (text, expected) => {
    expect(normalizeOrgNumber(text)).toBe(expected);
  });
});

describe("formatOrgNumber", () => {
  it("groups nine digits by three", () => {
    expect(formatOrgNumber("983975267")).toBe("983 975 267");
    expect(formatOrgNumber("983\u00a0975267")).toBe("983 975 267");
  });

  it("leaves text that is not an org. number as it is", () => {
    expect(formatOrgNumber("12345")).toBe("12345");
  });
});
