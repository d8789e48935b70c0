import { describe, expect, it } from "vitest";
import { describePackageError } from "../../../shared/messages/describe";
import { buildPackage, packageText } from "../../../shared/package/build-package";
import { computeDigest } from "../../../shared/package/digest";
import { parsePackage } from "../../../shared/package/parse-package";
import { hasUnprintable } from "../../../shared/text/printable-text";
import { telemark2024 } from "./package-fixture";

function refusal(input: string | Uint8Array) {
  const result = parsePackage(input);
  if (result.ok) throw new Error("expected a refusal");
  return {
    ...result.error,
    nb: describePackageError(result.error, "nb"),
    en: describePackageError(result.error, "en"),
  };
}

/** Telemark's package with a note that has Norwegian letters, as text. */
function withLetters(): string {
  const pkg = buildPackage({ ...telemark2024(), notes: { "beds.phv_adult_total": "Ombygging på Søve" } });
  return packageText(pkg);
}

/** The text as Latin-1 (ISO 8859-1) bytes: what an old editor writes when it saves "ø" as one byte. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
}

describe("packages are I-JSON (RFC 7493)", () => {
  it("refuses a duplicate key, which JSON.parse silently resolves to the last", () => {
    const text = packageText(telemark2024()).replace(
      '"beds.phv_adult_total": 103',
      '"beds.phv_adult_total": 103, "beds.phv_adult_total": 108',
    );
    expect(JSON.parse(text).values["beds.phv_adult_total"]).toBe(108);
    const error = refusal(text);
    expect(error.code).toBe("package_duplicate_key");
    expect(error.path).toBe("values.beds.phv_adult_total");
    expect(error.nb).toBe(
      "Nøkkelen «beds.phv_adult_total» står to ganger i values: hvilken av verdiene som gjelder, kan ikke vites.",
    );
    expect(error.en).toContain('The key "beds.phv_adult_total" appears twice in values');
  });

  it("refuses a lone surrogate, written raw or as an escape", () => {
    const escaped = packageText(telemark2024()).replace("ombygging", "ombygging \\ud800");
    expect(refusal(escaped)).toMatchObject({
      code: "package_lone_surrogate",
      path: "notes.beds.phv_adult_total",
    });
    const raw = packageText(telemark2024()).replace("ombygging", "ombygging \udc00");
    expect(refusal(raw).code).toBe("package_lone_surrogate");
    const pair = JSON.parse(packageText(telemark2024()));
    pair.notes["beds.phv_adult_total"] = "Ombygging 😀";
    pair.digest = computeDigest(pair);
    expect(parsePackage(JSON.stringify(pair).replace("😀", "\\ud83d\\ude00")).ok).toBe(true);
  });

  it("tells a Latin-1 file that it is not UTF-8, not that it was tampered with", () => {
    const error = refusal(latin1(withLetters()));
    expect(error.code).toBe("package_not_utf8");
    expect(error.nb).toMatch(/^Filen er ikke UTF-8-tekst \(ugyldig byte ved posisjon \d+\)/);
    expect(error.en).toContain("not UTF-8");
  });

  it("when a Latin-1 file was already decoded with U+FFFD in place of its letters, says so instead of 'tampered'", () => {
    const lossy = new TextDecoder().decode(latin1(withLetters()));
    expect(refusal(lossy).code).toBe("package_digest_replaced");
  });

  it("reads the same package from its UTF-8 bytes, with or without a byte-order mark", () => {
    const bytes = new TextEncoder().encode(withLetters());
    expect(parsePackage(bytes).ok).toBe(true);
    expect(parsePackage(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])).ok).toBe(true);
    expect(parsePackage(`\ufeff${withLetters()}`).ok).toBe(true);
  });

  it.each([
    ["an overlong slash", [0xc0, 0xaf]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["a cut sequence", [0xc3]],
    ["a code point past U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
  ])("refuses %s as not UTF-8", (_name, sequence) => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('{"format": "'), ...sequence, 0x22, 0x7d]);
    expect(refusal(bytes)).toMatchObject({ code: "package_not_utf8", params: { byte: 13 } });
  });

  it("refuses a 5,000-deep package without overflowing the stack", () => {
    const deep = `{"values": ${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const error = refusal(deep);
    expect(error.code).toBe("package_too_deep");
    expect(error.nb).toBe("Pakken er nestet dypere enn formatet tillater (høyst 2 nivåer) ved values.0.");
    const deeper = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    expect(refusal(deeper).code).toBe("package_too_deep");
  });

  it("gives a JSON syntax error as one line with its position", () => {
    const error = refusal('{\n  "format": "hso-package@1",\n  "year": 2024,\n}');
    expect(error.code).toBe("package_not_json");
    expect(error.params).toEqual({ line: 4, column: 1, found: "}" });
    expect(error.nb).toBe("Filen er ikke gyldig JSON: uventet «}» på linje 4, kolonne 1.");
    expect(error.en).toBe('The file is not valid JSON: unexpected "}" at line 4, column 1.');
    expect(refusal('{"format": "hso').nb).toBe(
      "Filen er ikke gyldig JSON: filen slutter for tidlig på linje 1, kolonne 16.",
    );
  });

  it.each([
    ["a trailing comma", '{"a": [1,]}'],
    ["a leading zero", '{"a": 01}'],
    ["a single-quoted string", "{'a': 1}"],
    ["a raw newline in a string", '{"a": "x\ny"}'],
    ["NaN", '{"a": NaN}'],
    ["a bad escape", '{"a": "\\x41"}'],
    ["two documents", "{} {}"],
  ])("refuses %s as not JSON", (_name, text) => {
    expect(refusal(text).code).toBe("package_not_json");
  });
});

describe("a package agrees with itself", () => {
  function contradicting(values: Record<string, number | string>): string {
    return packageText(buildPackage({ ...telemark2024(), values: { ...telemark2024().values, ...values } }));
  }

  it("refuses values naming another unit than the envelope, naming both", () => {
    const error = refusal(contradicting({ "beds.unit_org": "983971636" }));
    expect(error.code).toBe("package_unit_contradiction");
    expect(error.nb).toBe(
      "Pakken motsier seg selv: values.beds.unit_org er 983 971 636, men unit.org er 983 975 267.",
    );
    expect(error.en).toBe(
      "The package contradicts itself: values.beds.unit_org is 983 971 636, but unit.org is 983 975 267.",
    );
  });

  it("refuses values naming another year than the envelope, naming both", () => {
    const error = refusal(contradicting({ "beds.year": 2023 }));
    expect(error.code).toBe("package_year_contradiction");
    expect(error.nb).toBe("Pakken motsier seg selv: values.beds.year er 2023, men year er 2024.");
  });

  it("accepts values that repeat the envelope's unit and year", () => {
    expect(parsePackage(contradicting({ "beds.unit_org": "983975267", "beds.year": 2024 })).ok).toBe(true);
  });
});

describe("what a refused package says about itself is shown printable", () => {
  it("a format with escape sequences and a bidi override cannot reach the terminal", () => {
    const text = packageText(telemark2024()).replace(
      "hso-package@1",
      "\\u001b[2J\\u001b]52;c;aGk=\\u0007\\u202egnp.exe",
    );
    const error = refusal(text);
    expect(error.code).toBe("package_format");
    for (const words of [error.nb, error.en]) expect(hasUnprintable(words)).toBe(false);
  });

  it("an unknown key with control characters is named printable, and a very long one is cut", () => {
    const json = JSON.parse(packageText(telemark2024()));
    json.values[`beds.\u001b[31mx${"y".repeat(500)}`] = 1;
    json.digest = computeDigest(json);
    const error = refusal(JSON.stringify(json));
    expect(error.code).toBe("package_unknown_field");
    expect(hasUnprintable(error.nb)).toBe(false);
    expect(error.nb.length).toBeLessThan(250);
  });
});
