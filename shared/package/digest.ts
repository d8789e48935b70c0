import { canonicalJson } from "./canonical-json";
import { sha256Hex } from "./sha256";
import type { SubmissionPackage } from "./submission-package";

/** How a digest is written: `sha256:` and 64 lower-case hex digits. */
export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;

/**
 * DESIGN.md's digest: SHA-256 over the canonical JSON of the package without `digest` and
 * `validation`, so anyone can recompute it without this code: in Python,
 * `json.dumps(p, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` of the same object, UTF-8.
 */
export function computeDigest(pkg: Omit<SubmissionPackage, "digest"> & { digest?: string }): string {
  const { digest: _digest, validation: _validation, ...signed } = pkg;
  return `sha256:${sha256Hex(canonicalJson(signed))}`;
}
