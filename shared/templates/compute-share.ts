import type { ShareOf } from "./field";

/**
 * A share in per cent with one decimal, the way the sheet's formula computes it: undefined while a
 * part is missing or the whole is zero, so an empty sheet never shows 0 %.
 */
export function computeShare(share: ShareOf, number: (id: string) => number | undefined): number | undefined {
  const part = number(share.part);
  const whole = number(share.whole);
  if (part === undefined || whole === undefined || whole === 0) return undefined;
  return Math.round((part / whole) * 1000) / 10;
}
