import type { TemplateDef } from "../templates/field";

/** A year-over-year change: in the field's unit, in per cent, and whether it needs an explanation. */
export interface ChangeSize {
  change: number;
  percent: number;
  large: boolean;
}

/**
 * DOMAIN rule 4's measure, shared by the change rule and the regional table so both flag the same
 * units: a change of at least the template's absolute or percentage threshold is large. From zero,
 * any change counts as 100 %.
 */
export function changeSize(current: number, previous: number, thresholds: TemplateDef["change"]): ChangeSize {
  const change = Math.round((current - previous) * 100) / 100;
  const percent = previous === 0 ? (change === 0 ? 0 : 100) : Math.round((change / previous) * 1000) / 10;
  const large =
    Math.abs(change) >= (thresholds.absolute ?? Number.POSITIVE_INFINITY) ||
    Math.abs(percent) >= thresholds.percent;
  return { change, percent, large };
}
