import { isTemplateId, TEMPLATES } from "../../shared/templates/catalogue";
import type { Words } from "../../shared/templates/field";
import type { PackageSummary, ResponseMap } from "../messages";
import { listPackages, removePackage } from "../storage/package-store";
import { forgetResultsOfPackage } from "../storage/tab-results";

/** The imported packages as the pages show them. */
export async function listPackageSummaries(): Promise<ResponseMap["list-packages"]> {
  return { packages: (await listPackages()).map((entry) => withTemplateNames(entry.summary)) };
}

/** A summary with its templates' names from the catalogue (summaries stored before they had them too). */
export function withTemplateNames(summary: PackageSummary): PackageSummary {
  const names: Record<string, Words> = {};
  for (const id of summary.templates) if (isTemplateId(id)) names[id] = TEMPLATES[id].name;
  return { ...summary, templateNames: names };
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
