/** A surrogate without its partner: not a character, so not in I-JSON (RFC 7493, section 2.1). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The canonical JSON of the digest: exactly RFC 8785 (JSON Canonicalization Scheme). Object keys
 * sorted by UTF-16 code unit at every level (JavaScript's default string order is that order), no
 * whitespace, numbers in ECMAScript's shortest form (`Number#toString`, which JSON.stringify uses
 * and which RFC 8785 section 3.2.2.3 adopts: `103`, `1e-7`, `1e+21`, `-0` as `0`), strings as
 * JSON.stringify escapes them (RFC 8785 section 3.2.2.2 is that escaping). Members whose value is
 * `undefined` are left out, as JSON.stringify does. NaN, Infinity and lone surrogates are not
 * I-JSON and throw: digesting `null` or U+FFFD in their place would sign something nobody sent.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new RangeError(`canonicalJson: ${value} is not a JSON number`);
    }
    if (typeof value === "string") return canonicalString(value);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${canonicalString(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(",")}}`;
}

function canonicalString(text: string): string {
  if (LONE_SURROGATE.test(text)) throw new RangeError("canonicalJson: a lone surrogate is not I-JSON");
  return JSON.stringify(text);
}

/** Text with every lone surrogate replaced by U+FFFD, so what a writer signs is I-JSON. */
export function wellFormedText(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(new RegExp(LONE_SURROGATE.source, "g"), "\ufffd") : text;
}
