import { describeIssue } from "../../shared/messages/describe";
import type { Lang } from "../../shared/messages/lang";
import { printableText } from "../../shared/text/printable-text";
import { findUnit } from "../../shared/units/reporting-units";
import { describeFailure } from "../cli-failure";
import type { Outcome } from "../files/check-files";

/**
 * One entry of `validate --json` (docs/cli.md): `file, ok, unit, year, issues[severity, code, field,
 * cell, message]`. `unit` is the org. number; `unitName` and, for unusable files, `error` are added.
 */
export function jsonResult(outcome: Outcome, lang: Lang) {
  if ("failure" in outcome) {
    return {
      file: outcome.file,
      ok: false,
      unit: null,
      year: null,
      issues: [],
      error: printableText(describeFailure(outcome.failure.failure, lang)),
      code: outcome.failure.failure.code,
    };
  }
  const { checked } = outcome;
  return {
    file: outcome.file,
    ok: checked.report.ok,
    unit: checked.org ?? null,
    unitName: (checked.org === undefined ? undefined : findUnit(checked.org)?.name) ?? null,
    year: checked.year ?? null,
    issues: checked.report.issues.map((issue) => ({
      severity: issue.severity,
      code: issue.code,
      field: issue.field,
      cell: issue.cell ?? null,
      message: printableText(describeIssue(issue, lang)),
    })),
  };
}
