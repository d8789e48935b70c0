/**
 * The canonical JSON of DESIGN.md's digest: object keys sorted by UTF-16 code unit at every level
 * (JavaScript's default string order, which is what "sorted by code unit" means), no whitespace,
 * numbers as `JSON.stringify` writes them. Members whose value is `undefined` are left out, as
 * `JSON.stringify` does, so a value never present and one explicitly undefined digest the same.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) {
      // JSON has no NaN or Infinity; writing `null` would digest a figure nobody sent.
      throw new RangeError(`canonicalJson: ${value} is not a JSON number`);
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(",")}}`;
}
