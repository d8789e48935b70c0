import { describeIssue, fieldLabel } from "../../shared/messages/describe";
import { inputFromPackage, templatesOfPackage } from "../../shared/package/package-input";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { validate } from "../../shared/report/validate";
import type { DescribedIssue, PackageSummary } from "../messages";
import { packageFigures } from "./package-figures";

/** Where the summary came from: the file's name, when, and whether it is kept after the browser closes. */
export interface SummaryContext {
  fileName: string;
  importedAt: string;
  kept: boolean;
  /** Last year's package of the same unit, when imported: year-over-year changes are then checked. */
  previous?: SubmissionPackage;
}

/**
 * Validates a package with the core exactly as the CLI does at export (phase "export": an
 * unexplained change is an error), and describes each issue in both languages for the pages.
 * A package with errors is kept, so the user sees why, but is not fillable.
 */
export function summarizePackage(pkg: SubmissionPackage, context: SummaryContext): PackageSummary {
  const templates = templatesOfPackage(pkg);
  const report = validate(inputFromPackage(pkg, context.previous), {
    templates,
    phase: "export",
    year: pkg.year,
  });
  // Staff deciding whether to use a package need its errors and warnings; notes about optional
  // fields left empty would bury them, so only those two severities are described.
  const issues: DescribedIssue[] = report.issues
    .filter((issue) => issue.severity !== "info")
    .map((issue) => ({
      severity: issue.severity,
      field: issue.field,
      label: { nb: fieldLabel(issue.field, "nb"), en: fieldLabel(issue.field, "en") },
      text: { nb: describeIssue(issue, "nb"), en: describeIssue(issue, "en") },
    }));
  return {
    org: pkg.unit.org,
    name: pkg.unit.name,
    year: pkg.year,
    templates,
    fileName: context.fileName,
    importedAt: context.importedAt,
    errors: report.stats.errors,
    warnings: report.stats.warnings,
    fillable: report.stats.errors === 0,
    figures: packageFigures(pkg).length,
    issues,
    kept: context.kept,
  };
}
