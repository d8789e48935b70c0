/**
 * Whether an Excel number format code shows its number as a percentage. Excel multiplies by 100
 * wherever `%` stands unquoted and unescaped in the format (ECMA-376 Part 1, §18.8.31 numFmt), so a
 * cell showing "6 %" holds 0.06; a quoted `"%"`, an escaped `\%` or text inside `[…]` is literal.
 */
export function isPercentFormat(code: string | undefined): boolean {
  if (code === undefined || code === "") return false;
  // Only the first section counts for positive figures; the others rarely differ in scale.
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return bare.includes("%");
}

/**
 * The figure a percent-formatted cell shows (0.06 → 6), rounded to the 15 significant digits Excel
 * keeps, so 0.065 reads as 6.5 and not 6.500000000000001.
 */
export function percentOf(value: number): number {
  return Number((value * 100).toPrecision(15));
}
