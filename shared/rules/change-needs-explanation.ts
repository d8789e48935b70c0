import { changeSize } from "./change-size";
import { otherPreviousYear } from "./previous-year";
import type { Finding, Rule } from "./rule";

/**
 * DOMAIN rule 4: a change against last year of at least the template's thresholds (5 beds or 5 %)
 * needs a written explanation — a warning while editing, an error at export while it is empty.
 * The paper's footnoted changes (Innlandet 208→190, Telemark 108→103) are both caught. The
 * message names the thresholds, so the controller knows why this change and not another, and the
 * year compared with when it is not last year (a package of another year used as the previous one).
 */
export const changeNeedsExplanation: Rule = {
  id: "change-needs-explanation",
  meta: { description: "Large year-over-year changes are explained.", severity: "warning" },
  check(context) {
    const findings: Finding[] = [];
    for (const template of context.templates) {
      const previousYear = otherPreviousYear(context, template.id);
      for (const field of template.fields) {
        if (!field.compared) continue;
        const current = context.number(field.id);
        const previous = context.previous(field.id);
        if (current === undefined || previous === undefined || context.note(field.id) !== "") continue;
        const { change, percent, large } = changeSize(current, previous, template.change);
        if (!large) continue;
        findings.push({
          code: "change_unexplained",
          field: field.id,
          params: {
            previous,
            current,
            change,
            percent,
            thresholdAbsolute: template.change.absolute ?? null,
            thresholdPercent: template.change.percent,
            previousYear,
          },
          severity: context.phase === "export" ? "error" : "warning",
        });
      }
    }
    return findings;
  },
};
