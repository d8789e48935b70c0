import { describe, expect, it } from "vitest";
import { computeDigest } from "../../../shared/package/digest";
import { telemark2024 } from "./package-fixture";

// That anyone recomputes it (Python's standard library, npm's canonicalize) is shown in
// python-recipe.test.ts and canonical-json.test.ts.
describe("computeDigest", () => {
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
