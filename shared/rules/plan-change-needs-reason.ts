import type { Finding, Rule } from "./rule";

/**
 * docs/domain.md (capacity plans): a planned change of at least the template's bed threshold (5)
 * from one plan year to the next needs a written reason, as rule 4 asks of actual changes — a
 * warning while editing, an error at export while the reason (`note.<field>`) is empty. Each year
 * is set against the plan's year before (`against`), not against last year's package.
 */
export const planChangeNeedsReason: Rule = {
  id: "plan-change-needs-reason",
  meta: {
    description: "Large planned changes from one plan year to the next have a reason.",
    severity: "warning",
  },
  check(context) {
    const findings: Finding[] = [];
    for (const template of context.templates) {
      const threshold = template.change.absolute;
      if (threshold === undefined) continue;
      for (const field of template.fields) {
        if (field.against === undefined) continue;
        const current = context.number(field.id);
        const previous = context.number(field.against);
        if (current === undefined || previous === undefined || context.note(field.id) !== "") continue;
        // Rounded to hundredths as rule 4's measure is, so 0.1 + 0.2 style noise never decides.
        const change = Math.round((current - previous) * 100) / 100;
        if (Math.abs(change) < threshold) continue;
        findings.push({
          code: "plan_change_unexplained",
          field: field.id,
          params: { earlier: field.against, previous, current, change, threshold },
          severity: context.phase === "export" ? "error" : "warning",
          involves: [field.against],
        });
      }
    }
    return findings;
  },
};
