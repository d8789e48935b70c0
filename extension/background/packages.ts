import type { ResponseMap } from "../messages";
import { listPackages, removePackage } from "../storage/package-store";

/** The imported packages as the pages show them. */
export async function listPackageSummaries(): Promise<ResponseMap["list-packages"]> {
  return { packages: (await listPackages()).map((entry) => entry.summary) };
}

/** Removes one imported package. */
export async function removeOnePackage(org: string, year: number): Promise<ResponseMap["remove-package"]> {
  return { removed: await removePackage(org, year) };
}
