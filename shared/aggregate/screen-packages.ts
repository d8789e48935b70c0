import { inputFromPackage, templatesOfPackage } from "../package/package-input";
import type { SubmissionPackage } from "../package/submission-package";
import { readOrg } from "../report/read-value";
import { validate } from "../report/validate";
import type { TemplateId } from "../templates/field";
import { findUnit } from "../units/reporting-units";

/** A package and the file it came from. */
export interface PackageFile {
  file: string;
  pkg: SubmissionPackage;
}

/** Why a package was left out of a regional table: data; the words come from whoever shows it. */
export type RefusalReason =
  | { code: "unreadable"; detail: string }
  | { code: "validation_errors"; errors: number; codes: string[] }
  | { code: "unknown_unit"; org: string }
  | { code: "contradiction"; field: string; envelope: string; values: string }
  | { code: "conflicting_duplicate"; org: string; year: number; other: string };

/** A package left out, with its file. */
export interface Refusal {
  file: string;
  reason: RefusalReason;
}

/** What screening gives: the packages that may be summed, and the ones left out with their reason. */
export interface Screening {
  accepted: PackageFile[];
  refused: Refusal[];
}

/**
 * Every receiver validates again (docs/package.md): a package is summed only when it names a known
 * unit, agrees with itself, validates without errors as exported figures (on its own: the explanation
 * rule against last year is the table's flag, not a refusal), and no other package for the same unit
 * and year says something else — two that disagree are both left out, since neither can be trusted.
 */
export function screenPackages(files: readonly PackageFile[], templates: readonly TemplateId[]): Screening {
  const refused: Refusal[] = [];
  const valid: PackageFile[] = [];
  for (const entry of files) {
    if (!templatesOfPackage(entry.pkg).some((id) => templates.includes(id))) continue;
    const reason = refusalOf(entry.pkg);
    if (reason) refused.push({ file: entry.file, reason });
    else valid.push(entry);
  }
  return withoutConflicts(valid, refused, templates);
}

function refusalOf(pkg: SubmissionPackage): RefusalReason | undefined {
  if (!findUnit(pkg.unit.org)) return { code: "unknown_unit", org: pkg.unit.org };
  const contradiction = contradictionOf(pkg);
  if (contradiction) return contradiction;
  const templates = templatesOfPackage(pkg);
  const report = validate(inputFromPackage(pkg), { templates, phase: "export", year: pkg.year });
  if (report.ok) return undefined;
  const codes = [...new Set(report.issues.filter((i) => i.severity === "error").map((i) => i.code))];
  return { code: "validation_errors", errors: report.stats.errors, codes };
}

/** A package's values naming another unit or year than its envelope (docs/package.md: it must agree with itself). */
export function contradictionOf(pkg: SubmissionPackage): RefusalReason | undefined {
  for (const template of templatesOfPackage(pkg)) {
    const orgField = `${template}.unit_org`;
    const org = pkg.values[orgField];
    if (org !== undefined && readOrg(org) !== pkg.unit.org) {
      return { code: "contradiction", field: orgField, envelope: pkg.unit.org, values: String(org) };
    }
    const yearField = `${template}.year`;
    const year = pkg.values[yearField];
    if (year !== undefined && year !== pkg.year) {
      return { code: "contradiction", field: yearField, envelope: String(pkg.year), values: String(year) };
    }
  }
  return undefined;
}

/** Same unit, same year: identical figures count once; different figures leave both out. */
function withoutConflicts(
  valid: readonly PackageFile[],
  refused: Refusal[],
  templates: readonly TemplateId[],
): Screening {
  const byKey = new Map<string, PackageFile[]>();
  for (const entry of valid) {
    const key = `${entry.pkg.unit.org}:${entry.pkg.year}`;
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  const accepted: PackageFile[] = [];
  for (const group of byKey.values()) {
    const [first, ...rest] = group;
    if (!first) continue;
    const differing = rest.filter((entry) => !sameFigures(entry.pkg, first.pkg, templates));
    if (differing.length === 0) {
      accepted.push(first);
      continue;
    }
    for (const entry of group) {
      const other = group.find(
        (candidate) => candidate !== entry && !sameFigures(candidate.pkg, entry.pkg, templates),
      );
      refused.push({
        file: entry.file,
        reason: {
          code: "conflicting_duplicate",
          org: entry.pkg.unit.org,
          year: entry.pkg.year,
          other: other?.file ?? "",
        },
      });
    }
  }
  return { accepted, refused };
}

/** Whether two packages give the same figures for the templates in question (others may differ). */
function sameFigures(a: SubmissionPackage, b: SubmissionPackage, templates: readonly TemplateId[]): boolean {
  const inScope = (key: string) => templates.some((id) => key.startsWith(`${id}.`));
  const keys = new Set([...Object.keys(a.values), ...Object.keys(b.values)].filter(inScope));
  return [...keys].every((key) => a.values[key] === b.values[key]);
}
