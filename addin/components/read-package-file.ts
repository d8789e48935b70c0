import type { PackageError } from "../../shared/package/package-error";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { loadPackageWords } from "../i18n/pane-langs";

/** A package file as read from disk: the package, or why it was refused (nothing of it is used then). */
export type PackageFile =
  | { ok: true; file: string; package: SubmissionPackage }
  | { ok: false; file: string; error: PackageError };

/**
 * Reads a file the user chose and parses it strictly (docs/addin.md); never throws for a bad file. The
 * core's refusal carries no parser text: a syntax error is said with its line and column, in words.
 */
export async function readPackageFile(file: Pick<File, "name" | "text">): Promise<PackageFile> {
  // The strict reader (and zod with it) and the words for its refusals are loaded when a package is
  // first chosen, not with the pane.
  const [{ parsePackage }] = await Promise.all([
    import("../../shared/package/parse-package"),
    loadPackageWords(),
  ]);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, file: file.name, error: { code: "package_empty", params: {} } };
  }
  const parsed = parsePackage(text);
  return parsed.ok
    ? { ok: true, file: file.name, package: parsed.package }
    : { ok: false, file: file.name, error: parsed.error };
}
