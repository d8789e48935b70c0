import { canonicalJson } from "./canonical-json";
import { sha256Hex } from "./sha256";
import type { SubmissionPackage } from "./submission-package";

/** How a digest is written: `sha256:` and 64 lower-case hex digits. */
export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;

/**
 * The package's digest (docs/package.md): SHA-256 over the RFC 8785 canonical JSON of the package
 * without `digest` and `validation`, as UTF-8, so anyone can recompute it with any JCS
 * implementation (docs/package.md gives a Python recipe using only the standard library).
 */
export function computeDigest(pkg: Omit<SubmissionPackage, "digest"> & { digest?: string }): string {
  const { digest: _digest, validation: _validation, ...signed } = pkg;
  return `sha256:${sha256Hex(canonicalJson(signed))}`;
}
