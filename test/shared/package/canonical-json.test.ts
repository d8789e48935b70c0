import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../shared/package/canonical-json";

describe("canonicalJson", () => {
  it("sorts keys at every level, writes no whitespace and keeps arrays in order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: "x" } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
  });

  it("sorts by UTF-16 code unit, so upper case and digits come before lower case and Ø after z", () => {
    expect(canonicalJson({ z: 1, Ø: 2, a: 3, B: 4, "1": 5 })).toBe('{"1":5,"B":4,"a":3,"z":1,"Ø":2}');
  });

  it("writes numbers as JSON numbers and leaves undefined members out", () => {
    expect(canonicalJson({ half: 258.5, whole: 103, gone: undefined })).toBe('{"half":258.5,"whole":103}');
  });

  it("refuses NaN and Infinity rather than digesting null", () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(RangeError);
  });
});
