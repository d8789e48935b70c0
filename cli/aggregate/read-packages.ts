import { readFile } from "node:fs/promises";
import type { PackageFile, Refusal } from "../../shared/aggregate/screen-packages";
import { describePackageError } from "../../shared/messages/describe";
import type { Lang } from "../../shared/messages/lang";
import { parsePackage } from "../../shared/package/parse-package";
import { describeFailure } from "../cli-failure";
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
    if (fileKind(file, bytes) !== "package") {
      refuse(describeFailure({ code: "notPackage", params: { file } }, lang));
      continue;
    }
    const parsed = parsePackage(bytes.toString("utf8"));
    if (parsed.ok) packages.push({ file, pkg: parsed.package });
    else refuse(describePackageError(parsed.error, lang));
  }
  return { packages, unreadable };
}
