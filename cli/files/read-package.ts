import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { CliFailure } from "../cli-failure";

/** A package from its file's text; a refused package is unusable input with the core's reason. */
export function readPackage(text: string): SubmissionPackage {
  const parsed = parsePackage(text);
  if (!parsed.ok) throw new CliFailure({ code: "badPackage", error: parsed.error });
  return parsed.package;
}
