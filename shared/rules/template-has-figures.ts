import type { FieldDef } from "../templates/field";
import { KINDS } from "../templates/kinds";
import type { Finding, Rule } from "./rule";

/**
 * A template the unit is asked for holds at least one typed figure: a sheet left empty is not a
 * return, and a package of only its unit and year must never count as sent (docs/domain.md, "Who
 * reports what"). Reported at the template's first figure, so the user is taken to the sheet: a
 * warning while editing, an error at export and for a package. A total counts (a package may hold
 * only the total, as the paper's table does); a share is no figure of its own; a template without
 * figures (plan status) is status-present's to judge.
 */
export const templateHasFigures: Rule = {
  id: "template-has-figures",
  meta: { description: "A template the unit is asked for holds at least one figure.", severity: "warning" },
  check(context) {
    const findings: Finding[] = [];
    for (const template of context.templates) {
      const typed = context.fields.filter((field) => field.template === template.id && isFigure(field));
      // A template with required figures is required-present's: it already says "Må fylles ut" there.
      if (typed.length === 0 || typed.some((field) => field.required || context.isNameMissing(field.id)))
        continue;
      if (!typed.every((field) => context.reading(field.id).state === "blank")) continue;
      findings.push({
        code: "template_empty",
        field: (typed[0] as FieldDef).id,
        severity: context.phase === "export" ? "error" : "warning",
      });
    }
    return findings;
  },
};

/**
 * What the controller types as a number: figures, and percentages such as DelMedMeg's coverage or
 * sick leave (no figure by the year-over-year rule, but typed all the same); never the reporting
 * year, and never a share the sheet computes.
 */
function isFigure(field: FieldDef): boolean {
  const kind = KINDS[field.kind];
  return (kind.figure || kind.numeric) && field.share === undefined;
}
