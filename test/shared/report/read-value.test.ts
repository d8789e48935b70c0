import { describe, expect, it } from "vitest";
import { readDate, readNumber, readOrg } from "../../../shared/report/read-value";

describe("readNumber", () => {
  it.each([
    [103, { state: "number", value: 103, fromText: false }],
    ["258,5", { state: "number", value: 258.5, fromText: true, text: "258,5" }],
    ["6,2 %", { state: "number", value: 6.2, fromText: true, text: "6,2 %" }],
    [null, { state: "blank" }],
    ["  ", { state: "blank" }],
    [{ error: "#REF!" }, { state: "error", error: "#REF!" }],
    ["1.234", { state: "invalid", text: "1.234", reason: "ambiguous_separator" }],
    [true, { state: "invalid", text: "true", reason: "boolean" }],
    [Number.POSITIVE_INFINITY, { state: "invalid", text: "Infinity", reason: "not_finite" }],
  ])("%j reads as %j", (raw, reading) => {
    expect(readNumber(raw)).toEqual(reading);
  });
});

describe("readDate", () => {
  it.each([
    ["2024-11-20", "2024-11-20"],
    ["20.11.2024", "2024-11-20"],
    ["1.2.2024", "2024-02-01"],
    [" 29.02.2024 ", "2024-02-29"],
    [45616, "2024-11-20"],
    ["29.02.2000", "2000-02-29"],
  ])("%j is %s", (raw, iso) => {
    expect(readDate(raw)).toBe(iso);
  });

  it.each([
    "29.02.2023",
    "29.02.1900",
    "31.04.2024",
    "2024-13-01",
    "00.01.2024",
    "20/11/2024",
    "i går",
    0,
    -3,
    true,
  ])("%j is not a date", (raw) => {
    expect(readDate(raw)).toBeUndefined();
  });
});

describe("readOrg", () => {
  it("reads nine digits from text with spaces or from a number cell, and nothing else", () => {
    expect(readOrg("983 975 267")).toBe("983975267");
    expect(readOrg(983975267)).toBe("983975267");
    expect(readOrg("98397526")).toBeUndefined();
    expect(readOrg(9839752.5)).toBeUndefined();
  });
});

describe("readDate at Excel's limits (issue 9)", () => {
  it("the last Excel date reads; a larger serial is no date instead of a RangeError or year +010000", () => {
    expect(readDate(2_958_465)).toBe("9999-12-31");
    expect(readDate(2_958_466)).toBeUndefined();
    expect(() => readDate(1e10)).not.toThrow();
    expect(readDate(1e10)).toBeUndefined();
    expect(readDate(1e300)).toBeUndefined();
    expect(readDate(0.5)).toBeUndefined();
  });
});

describe("readNumber of percent text (issue 9)", () => {
  it.each([
    ["6,5 %", 6.5],
    ["6,5\u00a0%", 6.5],
    ["6,5\u202f%", 6.5],
    ["6,5%", 6.5],
  ])("%j reads as %d", (raw, value) => {
    expect(readNumber(raw)).toMatchObject({ state: "number", value });
  });
});
