import { parsePackage } from "../../shared/package/parse-package";
import type { FigureToFill } from "../content/content-api";
import { findPackages } from "../storage/package-store";
import { disagreement } from "./package-clash";
import { packageFigures } from "./package-figures";
import { WorkerError } from "./worker-error";

/**
 * The figures of every fillable package of one unit and year, each read strictly again: a form
 * may ask for beds and staffing on one page, so all of the unit's templates of the year go in.
 * Packages with errors are left out (they cannot fill forms); none left is refused. Two that
 * disagree about a figure are refused as a whole (the import refuses that, so only stored data
 * that changed underneath gets here): which one is right is never guessed.
 */
export async function unitYearFigures(org: string, year: number): Promise<FigureToFill[]> {
  const stored = await findPackages(org, year);
  if (stored.length === 0) throw new WorkerError("package_missing", `${org} ${year}`);
  const packages = stored.flatMap((entry) => {
    const parsed = entry.summary.fillable ? parsePackage(entry.text) : undefined;
    return parsed?.ok ? [parsed.package] : [];
  });
  if (packages.length === 0) throw new WorkerError("package_not_fillable", `${org} ${year}`);
  for (const [index, pkg] of packages.entries())
    for (const other of packages.slice(index + 1))
      if (disagreement(pkg, other).length > 0) throw new WorkerError("packages_disagree", `${org} ${year}`);
  const byId = new Map<string, FigureToFill>();
  for (const pkg of packages) for (const figure of packageFigures(pkg)) byId.set(figure.id, figure);
  return [...byId.values()];
}
