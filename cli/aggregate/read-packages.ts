import { readFile } from "node:fs/promises";
import type { PackageFile, Refusal, RefusalReason } from "../../shared/aggregate/screen-packages";
import { describePackageError } from "../../shared/messages/describe";
import type { Lang } from "../../shared/messages/lang";
import type { PackageError } from "../../shared/package/package-error";
import { parsePackage } from "../../shared/package/parse-package";
import { CliFailure, describeFailure } from "../cli-failure";
import { fileKind } from "../files/file-kind";

export type { PackageFile } from "../../shared/aggregate/screen-packages";

/** The packages read, and the files that could not be used as packages, each with its reason. */
export interface ReadPackages {
  packages: PackageFile[];
  unreadable: Refusal[];
}

/**
 * Reads every package strictly. A file that is not a package, cannot be read or is refused by the
 * strict reader is left out and listed with the reader's reason: the rest of the batch still counts,
 * and the table marks the years it leaves incomplete.
 */
export async function readPackages(
  files: readonly string[],
  lang: Lang,
  onRead: (done: number) => void = () => {},
): Promise<ReadPackages> {
  const packages: PackageFile[] = [];
  const unreadable: Refusal[] = [];
  for (const [index, file] of files.entries()) {
    onRead(index + 1);
    const refuse = (detail: string) => unreadable.push({ file, reason: { code: "unreadable", detail } });
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      refuse(describeFailure({ code: "unreadable", params: { file, detail: code } }, lang));
      continue;
    }
    const notPackage = notPackageReason(file, bytes, lang);
    if (notPackage !== undefined) {
      refuse(notPackage);
      continue;
    }
    // The bytes, not decoded text: only then can the core tell a Latin-1 file from a tampered one.
    const parsed = parsePackage(bytes);
    if (parsed.ok) packages.push({ file, pkg: parsed.package });
    else unreadable.push({ file, reason: reasonOf(parsed.error, lang) });
  }
  return { packages, unreadable };
}

/**
 * Why a file is not a package (a workbook, an empty file, an old .xls, an encrypted workbook), or
 * undefined for a package: one such file in a folder is listed, and never stops the rest of the batch.
 */
function notPackageReason(file: string, bytes: Uint8Array, lang: Lang): string | undefined {
  try {
    if (fileKind(file, bytes) === "package") return undefined;
    return describeFailure({ code: "notPackage", params: { file } }, lang);
  } catch (error) {
    if (error instanceof CliFailure) return describeFailure(error.failure, lang);
    throw error;
  }
}

/** The core refuses a package that contradicts itself while reading it: listed as a contradiction. */
function reasonOf(error: PackageError, lang: Lang): RefusalReason {
  if (error.code === "package_unit_contradiction" || error.code === "package_year_contradiction") {
    const { path, value, envelope } = error.params;
    return {
      code: "contradiction",
      field: path.replace(/^values\./, ""),
      envelope: String(envelope),
      values: String(value),
    };
  }
  return { code: "unreadable", detail: describePackageError(error, lang) };
}
