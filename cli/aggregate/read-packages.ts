import { readFile } from "node:fs/promises";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { CliFailure } from "../cli-failure";
import { fileKind } from "../files/file-kind";
import { readPackage } from "../files/read-package";

/** A package and the file it came from. */
export interface PackageFile {
  file: string;
  pkg: SubmissionPackage;
}

/** Reads every package strictly; a workbook or a refused package stops the table (exit 2): no half totals. */
export async function readPackages(files: readonly string[]): Promise<PackageFile[]> {
  const packages: PackageFile[] = [];
  for (const file of files) {
    try {
      const bytes = await readFile(file);
      if (fileKind(file, bytes) !== "package") throw new CliFailure({ code: "notPackage", params: { file } });
      packages.push({ file, pkg: readPackage(bytes.toString("utf8")) });
    } catch (error) {
      if (error instanceof CliFailure) throw error.about(file);
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new CliFailure({ code: "unreadable", params: { file, detail: code } }, file);
    }
  }
  return packages;
}
