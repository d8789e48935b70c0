import { RULES } from "../rules/registry";
import { createRuleContext, layoutOf } from "../rules/rule-context";
import { TEMPLATES } from "../templates/catalogue";
import type { TemplateId } from "../templates/field";
import { templateAskedOf } from "../units/unit-returns";
import type { Issue, Severity } from "./issue";
import { readOrg } from "./read-value";
import { readValues } from "./read-values";
import type { Report, ReportStats, ValidateOptions } from "./report";
import { type Judged, reportOnce } from "./report-once";
import type { ValidationInput } from "./validation-input";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Judges one set of figures with every registered rule. The add-in, the extension and the CLI all
 * call this, so a figure is judged the same way wherever it is. Never throws for bad data. Each
 * problem is reported once, at the cell the controller typed (`reportOnce`).
 */
export function validate(input: ValidationInput, options: ValidateOptions): Report {
  // Each unit is judged on the fields it is asked: the RHF on its private providers' beds only.
  const org = unitOrgOf(input, options.templates);
  const templates = options.templates.map((id) => templateAskedOf(TEMPLATES[id], org));
  const context = createRuleContext(input, templates, options.phase, options.year);
  const order = layoutOf(templates).order;
  const judged: Judged[] = [];
  for (const rule of Object.values(RULES)) {
    for (const finding of rule.check(context)) {
      judged.push({ finding, severity: finding.severity ?? rule.meta.severity, rule: rule.id });
    }
  }
  const issues = reportOnce(judged, context.fields).map((entry) => toIssue(entry, input));
  issues.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0),
  );
  const stats = countBySeverity(issues);
  return {
    ok: stats.errors === 0,
    issues,
    stats,
    values: readValues(input, context.fields, context.reading),
  };
}

function toIssue({ finding, severity, rule }: Judged, input: ValidationInput): Issue {
  const cell = finding.cell ?? input.cells?.[finding.name ?? finding.field];
  // The same code with the same params: a finding's params are its issue's (`{}` for a code without).
  const issue = { code: finding.code, severity, field: finding.field, params: finding.params ?? {}, rule };
  return (cell ? { ...issue, cell } : issue) as Issue;
}

function countBySeverity(issues: readonly Issue[]): ReportStats {
  const stats: ReportStats = { errors: 0, warnings: 0, infos: 0 };
  for (const issue of issues) {
    if (issue.severity === "error") stats.errors += 1;
    else if (issue.severity === "warning") stats.warnings += 1;
    else stats.infos += 1;
  }
  return stats;
}

/** The org. no. the figures name (the first template's `unit_org` that reads as one), if any. */
function unitOrgOf(input: ValidationInput, templates: readonly TemplateId[]): string | undefined {
  for (const id of templates) {
    const org = readOrg(input.values[`${id}.unit_org`]);
    if (org !== undefined) return org;
  }
  return undefined;
}
