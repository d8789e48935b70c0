import { NB_SYMBOLS } from "./number-symbols";
import { type NumberParse, parseNumberWith } from "./parse-number-with";

export type { NumberFailure, NumberParse } from "./parse-number-with";

/**
 * Reads a number written the Norwegian way (DOMAIN rule 6): decimal comma, digits grouped by three
 * with a space, U+00A0 or U+202F (nb-NO's group characters), a leading "-" or U+2212. A decimal
 * point is read only where it cannot be a thousands separator ("258.5"); "1.234" is refused, never
 * guessed. Never throws.
 */
export function parseNumber(text: string): NumberParse {
  return parseNumberWith(text, NB_SYMBOLS);
}
