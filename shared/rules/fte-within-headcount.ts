import type { Finding, Rule } from "./rule";

/**
 * FTE cannot exceed the number of persons unless a reason is written (docs/domain.md: "FTE ≤ headcount,
 * except by a documented reason"); with the reason it is kept visible as information.
 */
export const fteWithinHeadcount: Rule = {
  id: "fte-within-headcount",
  meta: { description: "FTE does not exceed headcount unless explained.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind("fte")) {
      const fte = context.number(field.id);
      const headcount = field.headcount === undefined ? undefined : context.number(field.headcount);
      if (fte === undefined || headcount === undefined || fte <= headcount + 1e-9) continue;
      const explained = context.note(field.id) !== "";
      findings.push({
        code: "fte_exceeds_headcount",
        field: field.id,
        params: { fte, headcount },
        involves: [field.headcount ?? field.id],
        ...(explained ? { severity: "info" as const } : {}),
      });
    }
    return findings;
  },
};
