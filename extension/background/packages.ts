import type { ResponseMap } from "../messages";
import { listPackages, removePackage } from "../storage/package-store";
import { forgetResultsOfPackage } from "../storage/tab-results";

/** The imported packages as the pages show them. */
export async function listPackageSummaries(): Promise<ResponseMap["list-packages"]> {
  return { packages: (await listPackages()).map((entry) => entry.summary) };
}

/** Removes one imported package, and with it the tabs' results that hold its figures. */
export async function removeOnePackage(org: string, year: number): Promise<ResponseMap["remove-package"]> {
  const removed = await removePackage(org, year);
  await forgetResultsOfPackage(org, year);
  return { removed };
}
