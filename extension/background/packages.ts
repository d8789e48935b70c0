import type { ResponseMap } from "../messages";
import { listPackages, removePackage } from "../storage/package-store";
import { forgetResultsOfPackage } from "../storage/tab-results";

/** The imported packages as the pages show them. */
export async function listPackageSummaries(): Promise<ResponseMap["list-packages"]> {
  return { packages: (await listPackages()).map((entry) => entry.summary) };
}

/**
 * Removes one imported package (its unit, year and templates), and with it the tabs' results of
 * that unit and year: a result may hold its figures (a fill takes every package of the year).
 */
export async function removeOnePackage(
  org: string,
  year: number,
  templates?: readonly string[],
): Promise<ResponseMap["remove-package"]> {
  const removed = await removePackage(org, year, templates);
  await forgetResultsOfPackage(org, year);
  return { removed };
}
