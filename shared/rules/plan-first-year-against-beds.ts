import type { FieldDef } from "../templates/field";
import type { Finding, Rule } from "./rule";
import type { RuleContext } from "./rule-context";

/**
 * docs/domain.md (capacity plans): the plan's first year is set beside the beds the unit last
 * reported, so a jump between the count and the plan is seen. Information only, never an error: a
 * plan may well differ from today's beds (Telemark's 103 rising to 110). The beds are this return's
 * own when it holds them, otherwise last year's package's (`--previous`); without either, nothing.
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
        const reported = lastReported(context, field.reported);
        if (planned === undefined || reported === undefined || planned === reported) continue;
        const change = Math.round((planned - reported) * 100) / 100;
        findings.push({
          code: "plan_differs_from_reported",
          field: field.id,
          params: { planned, reported, reportedField: field.reported, change },
        });
      }
    }
    return findings;
  },
};

/** The reported figure from this return when its template is judged with it, else from last year's. */
function lastReported(context: RuleContext, id: FieldDef["id"]): number | undefined {
  const inPlay = context.fields.some((field) => field.id === id);
  return (inPlay ? context.number(id) : undefined) ?? context.previous(id);
}
