/** How a number is written: "nb" for people, "comma"/"point" for web forms (plain ASCII digits, no grouping). */
export type NumberStyle = "nb" | "comma" | "point";

/** Options of `formatNumber`; without `decimals`, as many decimals as the value needs. */
export interface FormatOptions {
  style?: NumberStyle;
  decimals?: number;
}

/** ECMA-402's ceiling for fraction digits; V8 then writes the shortest text that reads back the same. */
const MAX_DECIMALS = 20;

/**
 * Writes a number for display ("nb": "1 769,5" with U+00A0 groups and U+2212 minus, from Intl's
 * nb-NO data) or for a web form in its own decimal style ("comma": "1769,5", "point": "1769.5").
 * Non-finite values are written as `String(value)` so a bug shows instead of hiding as a number.
 */
export function formatNumber(value: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const style = options.style ?? "nb";
  const decimals = options.decimals === undefined ? undefined : clampDecimals(options.decimals);
  const digits = { minimumFractionDigits: decimals ?? 0, maximumFractionDigits: decimals ?? MAX_DECIMALS };
  // "-0" would read as a signed zero in a form; a zero has no sign.
  const number = value === 0 ? 0 : value;
  if (style === "nb") return formatter("nb-NO", digits).format(number);
  const plain = formatter("en-US", { ...digits, useGrouping: false }).format(number);
  return style === "comma" ? plain.replace(".", ",") : plain;
}

const FORMATTERS = new Map<string, Intl.NumberFormat>();

/**
 * A cached `Intl.NumberFormat`: building one costs far more than using it (a 200-field fill spent
 * 17–39 ms building them in Chromium against about 1 ms with the cache).
 */
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options.minimumFractionDigits}|${options.maximumFractionDigits}|${options.useGrouping}`;
  let cached = FORMATTERS.get(key);
  if (cached === undefined) {
    cached = new Intl.NumberFormat(locale, options);
    FORMATTERS.set(key, cached);
  }
  return cached;
}

function clampDecimals(decimals: number): number {
  return Number.isFinite(decimals) ? Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals))) : 0;
}
