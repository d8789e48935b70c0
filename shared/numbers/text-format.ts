/**
 * Whether an Excel number format code is Text (`@`, built-in format 49). In such a cell whatever is
 * typed is stored as text, a number too: retyping the figure there changes nothing, and a whole-number
 * rule refuses it. The cell's format must be set to a number format first (docs/cli.md).
 */
export function isTextFormat(code: string | undefined): boolean {
  return code?.trim() === "@";
}
