import type { TemplateId } from "../templates/field";
import type { PackageError } from "./package-error";
import type { SubmissionPackage } from "./submission-package";

/**
 * Where the package disagrees with itself (docs/package.md): a template's `unit_org` or `year` in
 * `values` that is not the envelope's `unit.org` or `year`. Such a package names two units or two
 * years for the same figures; which is meant cannot be known, so it is refused, naming both.
 */
export function contradiction(
  pkg: SubmissionPackage,
  templates: readonly TemplateId[],
): PackageError | undefined {
  for (const template of templates) {
    const org = pkg.values[`${template}.unit_org`];
    const path = `values.${template}`;
    if (org !== undefined && org !== pkg.unit.org) {
      return {
        code: "package_unit_contradiction",
        path: `${path}.unit_org`,
        params: { path: `${path}.unit_org`, value: String(org), envelope: pkg.unit.org },
      };
    }
    const year = pkg.values[`${template}.year`];
    if (year !== undefined && year !== pkg.year) {
      return {
        code: "package_year_contradiction",
        path: `${path}.year`,
        params: { path: `${path}.year`, value: Number(year), envelope: pkg.year },
      };
    }
  }
  return undefined;
}
