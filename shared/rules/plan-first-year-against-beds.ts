import { findField } from "../templates/catalogue";
import type { FieldDef, TemplateDef } from "../templates/field";
import type { Finding, Rule } from "./rule";
import type { RuleContext } from "./rule-context";

/**
 * docs/domain.md (capacity plans): the plan's first year is set beside the beds the unit last
 * reported, so a jump between the count and the plan is seen. Information only, never an error: a
 * plan may well differ from today's beds (Telemark's 103 rising to 110). The beds are this return's
 * own when it holds them, otherwise last year's: the workbook's `prev.` cell or last year's package
 * (`--previous`, a package the pane loaded). The message says which, with the year the beds were
 * reported for, so a figure read from a file is never said to be on a sheet.
 */
export const planFirstYearAgainstBeds: Rule = {
  id: "plan-first-year-against-beds",
  meta: { description: "A plan's first year is shown beside the beds last reported.", severity: "info" },
  check(context) {
    const findings: Finding[] = [];
    for (const template of context.templates) {
      for (const field of template.fields) {
        if (field.reported === undefined) continue;
        const planned = context.number(field.id);
        const reported = lastReported(context, template, field.reported);
        if (planned === undefined || reported === undefined || planned === reported.value) continue;
        const change = Math.round((planned - reported.value) * 100) / 100;
        findings.push({
          code: "plan_differs_from_reported",
          field: field.id,
          params: {
            planned,
            reported: reported.value,
            reportedField: field.reported,
            change,
            ...reported.where,
          },
        });
      }
    }
    return findings;
  },
};

interface Reported {
  value: number;
  where: { year: number | null; sheet: string; file: string };
}

/** The reported figure from this return when its template is judged with it, else last year's. */
function lastReported(context: RuleContext, plan: TemplateDef, id: FieldDef["id"]): Reported | undefined {
  const field = findField(id);
  const planYear = context.number(`${plan.id}.year`) ?? context.year ?? null;
  const sheet = field?.cell.sheet ?? "";
  const own = context.fields.some((entry) => entry.id === id) ? context.number(id) : undefined;
  if (own !== undefined) return { value: own, where: { year: planYear, sheet, file: "" } };
  const value = context.previous(id);
  if (value === undefined) return undefined;
  const from = context.previousFrom?.find((source) => source.templates.includes(field?.template ?? ""));
  if (from) return { value, where: { year: from.year, sheet: "", file: from.file } };
  return { value, where: { year: planYear === null ? null : planYear - 1, sheet, file: "" } };
}
