import canonicalize from "canonicalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPackage, packageText } from "../../../shared/package/build-package";
import { canonicalJson } from "../../../shared/package/canonical-json";
import { computeDigest } from "../../../shared/package/digest";
import { parsePackage } from "../../../shared/package/parse-package";
import { sha256Hex } from "../../../shared/package/sha256";
import { BEDS } from "../../../shared/templates/beds";
import { STAFFING } from "../../../shared/templates/staffing";
import { REPORTING_UNITS } from "../../../shared/units/reporting-units";
import { doubleOf, RFC8785_NUMBERS } from "./jcs-vectors";

describe("canonicalJson is RFC 8785 (JCS)", () => {
  it("sorts keys at every level, writes no whitespace and keeps arrays in order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: "x" } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
  });

  it("sorts by UTF-16 code unit: upper case and digits before lower case, Ø after z, and U+1F600 before U+FB01", () => {
    expect(canonicalJson({ z: 1, Ø: 2, a: 3, B: 4, "1": 5 })).toBe('{"1":5,"B":4,"a":3,"z":1,"Ø":2}');
    // By code point U+FB01 (ﬁ) would come first; by UTF-16 code unit the surrogate 0xD83D is smaller.
    expect(canonicalJson({ "\ufb01": 1, "😀": 2 })).toBe('{"😀":2,"ﬁ":1}');
  });

  it("writes RFC 8785's own number samples (Appendix B) exactly", () => {
    for (const [hex, text] of RFC8785_NUMBERS) expect(canonicalJson(doubleOf(hex)), hex).toBe(text);
  });

  it("agrees with RFC 8785's sorting example (section 3.2.3)", () => {
    const input = {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis",
    };
    // JSON.parse would move "1" first again (integer-like keys): read the order off the text.
    const text = canonicalJson(input);
    const order = Object.values(input).sort((x, y) => text.indexOf(`"${x}"`) - text.indexOf(`"${y}"`));
    expect(order).toEqual([
      "Carriage Return",
      "One",
      "Control",
      "Latin Small Letter O With Diaeresis",
      "Euro Sign",
      "Emoji: Grinning Face",
      "Hebrew Letter Dalet With Dagesh",
    ]);
  });

  it("leaves undefined members out, refuses NaN, Infinity and lone surrogates rather than digesting something else", () => {
    expect(canonicalJson({ half: 258.5, whole: 103, gone: undefined })).toBe('{"half":258.5,"whole":103}');
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(RangeError);
    expect(() => canonicalJson({ x: "\ud800" })).toThrow(RangeError);
    expect(() => canonicalJson({ "\udc00": 1 })).toThrow(RangeError);
  });

  it("equals an independent JCS implementation (npm canonicalize) on any I-JSON value", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.string({ unit: "grapheme" }),
        fc.boolean(),
        fc.constant(null),
        tie("array"),
        tie("object"),
      ),
      array: fc.array(tie("value"), { maxLength: 5 }),
      object: fc.dictionary(fc.string({ unit: "grapheme", maxLength: 6 }), tie("value"), { maxKeys: 5 }),
    })).object;
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 1000 },
    );
  });
});

/** Any package the add-in or the CLI could write: a known unit, a year, both templates, random figures and notes. */
const anyPackage = fc
  .record({
    unit: fc.constantFrom(...REPORTING_UNITS),
    year: fc.integer({ min: 2000, max: 2100 }),
    figures: fc.dictionary(
      fc.constantFrom(
        ...[...BEDS.fields, ...STAFFING.fields]
          .filter((field) => !["org", "year", "date"].includes(field.kind))
          .map((field) => field.id),
      ),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
    ),
    notes: fc.dictionary(
      fc.constantFrom("beds.phv_adult_total", "staffing.physicians_fte"),
      fc.string({ unit: "grapheme", minLength: 1 }),
    ),
  })
  .map(({ unit, year, figures, notes }) =>
    buildPackage({
      unit: { org: unit.org, name: unit.name },
      year,
      templates: { beds: BEDS.version, staffing: STAFFING.version },
      values: { ...figures, "beds.unit_org": unit.org, "beds.year": year },
      notes,
    }),
  );

describe("packages, property by property", () => {
  it("parse(build(x)) deep-equals x, and our digest is the independent implementation's", () => {
    fc.assert(
      fc.property(anyPackage, (pkg) => {
        const { digest, validation: _validation, ...signed } = pkg;
        expect(digest).toBe(`sha256:${sha256Hex(canonicalize(signed) ?? "")}`);
        expect(computeDigest(pkg)).toBe(digest);
        const parsed = parsePackage(packageText(pkg));
        expect(parsed).toEqual({ ok: true, package: pkg });
        const bytes = parsePackage(new TextEncoder().encode(packageText(pkg)));
        expect(bytes).toEqual({ ok: true, package: pkg });
      }),
      { numRuns: 300 },
    );
  });
});
