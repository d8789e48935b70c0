import type { PackageError } from "../../shared/package/package-error";
import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";

/** A package file as read from disk: the package, or why it was refused (nothing of it is used then). */
export type PackageFile =
  | { ok: true; file: string; package: SubmissionPackage }
  | { ok: false; file: string; error: PackageError };

/** Reads a file the user chose and parses it strictly (DESIGN.md); never throws for a bad file. */
export async function readPackageFile(file: Pick<File, "name" | "text">): Promise<PackageFile> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, file: file.name, error: { code: "package_empty", params: {} } };
  }
  const parsed = parsePackage(text);
  return parsed.ok
    ? { ok: true, file: file.name, package: parsed.package }
    : { ok: false, file: file.name, error: withoutParserText(parsed.error) };
}

/**
 * The JavaScript parser's own message ("Unexpected token … in JSON at position 5") is English
 * engine text, not words for a controller: the pane says only that the file is not JSON.
 */
function withoutParserText(error: PackageError): PackageError {
  if (error.code !== "package_not_json") return error;
  const { detail: _detail, ...params } = error.params;
  return { ...error, params };
}
