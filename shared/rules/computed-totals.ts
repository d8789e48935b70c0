import type { FieldDef } from "../templates/field";

const TOTALS = new WeakMap<readonly FieldDef[], ReadonlyMap<string, FieldDef>>();

/**
 * Part id → the total the template computes from it with a formula (`SUM` in the workbook). Such a
 * total is never typed: findings about it belong at the part the controller typed.
 */
export function computedTotalOfPart(fields: readonly FieldDef[]): ReadonlyMap<string, FieldDef> {
  let totals = TOTALS.get(fields);
  if (!totals) {
    const map = new Map<string, FieldDef>();
    for (const field of fields) {
      if (!field.formula || !field.parts) continue;
      for (const part of field.parts) map.set(part, field);
    }
    totals = map;
    TOTALS.set(fields, totals);
  }
  return totals;
}
