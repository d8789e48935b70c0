import { readFile } from "node:fs/promises";
import { CliFailure } from "../cli-failure";
import { collectFiles } from "./collect-files";
import { PreviousPackages } from "./previous-packages";
import { readPackage } from "./read-package";

/** Last year's packages from `--previous` files and folders; a refused one is unusable input. */
export async function loadPrevious(paths: readonly string[]): Promise<PreviousPackages> {
  const files = await collectFiles(paths, { workbooks: false, packages: true });
  const packages = [];
  for (const file of files) {
    try {
      packages.push({ file, pkg: readPackage(await readFile(file)) });
    } catch (error) {
      throw error instanceof CliFailure ? error.about(file) : error;
    }
  }
  return new PreviousPackages(packages);
}
