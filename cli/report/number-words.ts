import { formatNumber } from "../../shared/numbers/format-number";

/** A figure the Norwegian way: `1 769,5` (no-break space groups, decimal comma). */
export function nb(value: number): string {
  return formatNumber(value, { style: "nb" });
}

/** A change with its sign: `+19,5`, `−5`, `0`. */
export function signed(value: number): string {
  return value > 0 ? `+${nb(value)}` : nb(value);
}

/** A share in percent with one decimal: `12,0 %`. */
export function percent(value: number): string {
  return `${formatNumber(value, { style: "nb", decimals: 1 })}\u00a0%`;
}
