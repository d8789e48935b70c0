import { fieldLabel } from "../../shared/messages/field-label";
import type { Lang } from "../../shared/messages/lang";
import { inputFromPackage, templatesOfPackage } from "../../shared/package/package-input";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { Issue } from "../../shared/report/issue";
import { validate } from "../../shared/report/validate";
import { describeIssue } from "../i18n/pane-messages";

/** The rules a single figure breaks on its own: its kind's number, bounds, whole-ness and decimals. */
const FIELD_RULES = new Set([
  "value-is-number",
  "value-in-range",
  "headcount-integer",
  "fte-decimals",
  "beds-half-step",
]);

/**
 * Last year's figures that break their own field's rule (5050,5 referrals for a whole count): judged
 * as every receiver judges a package. Such a figure is not filled: the `prev.` cell would show it
 * rounded (5 051) while the messages compared with 5 050,5 (docs/addin.md).
 */
export function unfitFigures(pkg: SubmissionPackage): Issue[] {
  const report = validate(inputFromPackage(pkg), { templates: templatesOfPackage(pkg), phase: "edit" });
  return report.issues.filter(
    (issue) => issue.severity === "error" && FIELD_RULES.has(issue.rule) && issue.field in pkg.values,
  );
}

/** The package without the figures named: what the fill may write. */
export function withoutFigures(pkg: SubmissionPackage, fields: readonly string[]): SubmissionPackage {
  if (fields.length === 0) return pkg;
  const values = Object.fromEntries(Object.entries(pkg.values).filter(([id]) => !fields.includes(id)));
  return { ...pkg, values };
}

/** A figure left out of the fill: its field and the core's words for what is wrong with it. */
export function unfitParams(issue: Issue, lang: Lang): Record<string, string> {
  return { field: fieldLabel(issue.field, lang), message: describeIssue(issue, lang) };
}
