import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { computeDigest } from "../../../shared/package/digest";
import { telemark2024 } from "./package-fixture";

const PYTHON_DIGEST = `
import hashlib, json, sys
p = json.load(sys.stdin)
p.pop("digest", None); p.pop("validation", None)
text = json.dumps(p, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
print("sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest())
`;

describe("computeDigest", () => {
  it("is recomputed by anyone: Python's json module gives the same digest (DESIGN.md)", () => {
    const pkg = telemark2024();
    const python = spawnSync("python3", ["-c", PYTHON_DIGEST], {
      input: JSON.stringify(pkg),
      encoding: "utf8",
    });
    expect(python.error, "python3 is needed for this test").toBeUndefined();
    expect(python.stdout.trim()).toBe(pkg.digest);
  });

  it("ignores validation and the digest itself, and changes with any signed member", () => {
    const pkg = telemark2024();
    expect(computeDigest({ ...pkg, validation: undefined, digest: "sha256:0" })).toBe(pkg.digest);
    expect(computeDigest({ ...pkg, values: { "beds.phv_adult_total": 108 } })).not.toBe(pkg.digest);
    expect(computeDigest({ ...pkg, notes: {} })).not.toBe(pkg.digest);
    expect(computeDigest({ ...pkg, year: 2023 })).not.toBe(pkg.digest);
  });

  it("does not depend on member order", () => {
    const pkg = telemark2024();
    const { digest, values, ...rest } = pkg;
    const reordered = JSON.parse(JSON.stringify({ digest, values, ...rest }));
    expect(computeDigest(reordered)).toBe(pkg.digest);
  });
});
