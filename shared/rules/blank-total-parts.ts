import type { RuleContext } from "./rule-context";

/** The blank parts of blank required computed totals, each with its total, and the totals so covered. */
export interface BlankTotalParts {
  parts: ReadonlyMap<string, string>;
  totals: ReadonlySet<string>;
}

/**
 * A required total the template computes (a formula) is blank when none of its parts is filled. The
 * controller cannot type it, so each blank part is reported instead; when no part is blank but some
 * part holds text or an error (reported there), the total is not reported either.
 */
export function blankPartsOfBlankTotals(context: RuleContext): BlankTotalParts {
  const parts = new Map<string, string>();
  const totals = new Set<string>();
  for (const field of context.fields) {
    if (!field.required || !field.formula || !field.parts) continue;
    if (context.reading(field.id).state !== "blank") continue;
    const blank = field.parts.filter(
      (id) => context.reading(id).state === "blank" && !context.isNameMissing(id),
    );
    // With every part a typed number the blank total is unexplained (a formula without its result).
    if (field.parts.every((id) => isTypedNumber(context, id))) continue;
    totals.add(field.id);
    for (const id of blank) if (!parts.has(id)) parts.set(id, field.id);
  }
  return { parts, totals };
}

function isTypedNumber(context: RuleContext, id: string): boolean {
  const reading = context.reading(id);
  return reading.state === "number" && !reading.fromText && !context.isNameMissing(id);
}
