import type { RuleContext } from "./rule-context";

/** The sum of the fields that have a number, and how many did; blanks count as nothing. */
export function sumOf(context: RuleContext, ids: readonly string[]): { sum: number; present: number } {
  let sum = 0;
  let present = 0;
  for (const id of ids) {
    const value = context.number(id);
    if (value === undefined) continue;
    sum += value;
    present += 1;
  }
  // Halves and hundredths: round away binary noise so 0.1 + 0.2 compares equal to 0.3.
  return { sum: Math.round(sum * 1e6) / 1e6, present };
}
