import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { CliFailure } from "../cli-failure";

/**
 * A package from its file's bytes (so a Latin-1 file is told "not UTF-8", not "tampered"); a refused
 * package is unusable input with the core's reason.
 */
export function readPackage(bytes: Uint8Array): SubmissionPackage {
  const parsed = parsePackage(bytes);
  if (!parsed.ok) throw new CliFailure({ code: "badPackage", error: parsed.error });
  return parsed.package;
}
