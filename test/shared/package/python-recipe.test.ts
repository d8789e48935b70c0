import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalJson } from "../../../shared/package/canonical-json";
import { computeDigest } from "../../../shared/package/digest";
import { doubleOf, RFC8785_NUMBERS } from "./jcs-vectors";
import { telemark2024 } from "./package-fixture";

const ROOT = resolve(import.meta.dirname, "../../..");

/** The recipe exactly as docs/package.md gives it: the first Python block of the digest section. */
function recipe(): string {
  const doc = readFileSync(join(ROOT, "docs/package.md"), "utf8");
  const section = doc.slice(doc.indexOf("## Recomputing the digest"));
  const match = /```python\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error("docs/package.md has no Python recipe");
  return match[1];
}

const folder = mkdtempSync(join(tmpdir(), "hso-recipe-"));
const script = join(folder, "hso_digest.py");
writeFileSync(script, recipe());
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the recipe on a file written with these bytes: its stdout, or its failure. */
function python(bytes: string | Uint8Array): { ok: boolean; out: string } {
  const file = join(folder, "package.hso.json");
  writeFileSync(file, bytes);
  const run = spawnSync("python3", [script, file], { encoding: "utf8" });
  expect(run.error, "python3 is needed for this test").toBeUndefined();
  return { ok: run.status === 0, out: run.stdout.trim() };
}

/** A package text with figures and notes that Python's json module writes differently from JCS. */
const TRICKY = `{
  "format": "hso-package@1",
  "unit": { "org": "983975267", "name": "Sykehuset Telemark HF" },
  "year": 2024,
  "templates": { "beds": "2025.1" },
  "values": { "beds.phv_adult_total": 103.0, "beds.tsb_total": 1e-7, "beds.phbu_total": -0.0,
              "beds.all_total": 1e21, "beds.temporarily_closed": 258.50, "beds.bought_from_other_units": 12E2,
              "beds.hospital_at_home_places": 295147905179352830000 },
  "notes": { "beds.phv_adult_total": "Søve \\u00f8 😀 \\ud83d\\ude00 \\u0001 \\"sitat\\" \\\\ \\u2028 \\u007f", "z": "ﬁ", "😀": "" },
  "digest": "sha256:0"
}`;

describe("the Python recipe in docs/package.md is RFC 8785", () => {
  it("gives our digest on Telemark's package", () => {
    expect(python(JSON.stringify(telemark2024())).out).toBe(telemark2024().digest);
  });

  it("gives our digest where json.dumps would not: 103.0, 1e-7, -0.0, 1e21, escapes, emoji, code-unit order", () => {
    expect(python(TRICKY).out).toBe(computeDigest(JSON.parse(TRICKY)));
  });

  it("skips a byte-order mark, as parsePackage does", () => {
    expect(python(`\ufeff${TRICKY}`).out).toBe(computeDigest(JSON.parse(TRICKY)));
  });

  it("writes RFC 8785's number samples as we do", () => {
    const values = Object.fromEntries(RFC8785_NUMBERS.map(([hex]) => [hex, doubleOf(hex)]));
    const text = JSON.stringify({ values, digest: "x" });
    expect(python(text).out).toBe(computeDigest(JSON.parse(text)));
    const sorted = [...RFC8785_NUMBERS].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(canonicalJson(values)).toBe(`{${sorted.map(([hex, out]) => `"${hex}":${out}`).join(",")}}`);
  });

  it.each([
    ["a lone surrogate", '{"notes": {"a": "\\ud800"}}'],
    ["a duplicate key", '{"a": 1, "a": 2}'],
    ["NaN", '{"a": NaN}'],
  ])("refuses %s", (_name, text) => {
    expect(python(text).ok).toBe(false);
  });

  it("refuses a Latin-1 file", () => {
    expect(python(Uint8Array.from([0x7b, 0x22, 0xf8, 0x22, 0x3a, 0x31, 0x7d])).ok).toBe(false);
  });

  it("gives every example package's own digest", () => {
    const packages = join(ROOT, "examples/packages");
    for (const name of readdirSync(packages)
      .filter((file) => file.endsWith(".hso.json"))
      .slice(0, 5)) {
      const text = readFileSync(join(packages, name), "utf8");
      expect(python(text).out, name).toBe(JSON.parse(text).digest);
    }
  });
});
