/**
 * Whether an Excel number format code shows its number as a date or a time. Excel turns "1.5" typed
 * into a General cell into 1 May and stores the serial 45778 with a date format; read as a figure,
 * that serial would be 45 778 beds. Date and time tokens (d, m, y, h, s, and the era/Buddhist e, b)
 * count only outside quotes, escapes and `[…]` (colours, conditions, locales), as in ECMA-376 Part 1,
 * §18.8.31 numFmt; `[h]` elapsed hours count too. See docs/cli.md, "Cells that cannot be read".
 */
export function isDateFormat(code: string | undefined): boolean {
  if (code === undefined || code === "" || /^general$/i.test(code)) return false;
  if (/\[(h+|m+|s+)\]/i.test(code)) return true;
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    // Scientific notation's E is not the era token.
    .replace(/E[+-]/gi, "");
  return /[dmyhsbe]/i.test(bare);
}
