/** How a form writes decimals: "1769,5" (comma) or "1769.5" (point). */
export type DecimalSign = "comma" | "point";

/**
 * Why a number a page shows cannot be read for sure. `abbreviated`: "5,2 k", "1,2 mill." — a
 * rounded figure in another scale, never 5,2 and never exactly 5 200. `grouping`: "36.500" is
 * 36 500 or 36,5 depending on a style the page does not settle.
 */
export type NumberDoubt = "abbreviated" | "grouping";

// Scale words after a number (nb first, en second): thousands, millions, billions.
const SCALE =
  /^[-\u2212]?\d[\d\s.,]*\s*(k|tusen|m|mn|mill|mio|mln|millioner|mrd|md|milliarder|thousand|million|millions|bn|billion|billions)\.?$/iu;
// Any number of point groups: the fill engine reads none of them on a point page
// (extension/content/same-value.ts isPointGrouped), so "1.234.567" must be a doubt here too, not
// "another value".
const POINT_GROUPS = /^[-\u2212]?\d{1,3}(\.\d{3})+$/;
const ONE_COMMA_GROUP = /^[-\u2212]?\d{1,3},\d{3}$/;

/**
 * Whether a page's number text is unsure in the given decimal style (undefined: not known). On a
 * comma page "36.500" is 36 500 (adversary-4 B17) and "36,500" is 36,5; on a point page "36.500"
 * may still be a Norwegian page's thousands (SharePoint keeps `lang="en-us"`), so it is a doubt;
 * without a style both are. A read-back never calls such a text the figure, nor another figure:
 * it says it cannot read it (docs/extension.md, "Reading figures back").
 */
export function numberDoubt(text: string, style: DecimalSign | undefined): NumberDoubt | undefined {
  const trimmed = text.trim();
  if (SCALE.test(trimmed)) return "abbreviated";
  if (POINT_GROUPS.test(trimmed) && style !== "comma") return "grouping";
  if (ONE_COMMA_GROUP.test(trimmed) && style === undefined) return "grouping";
  return undefined;
}

/** The decimal style a written figure shows ("86,1" comma, "1769.5" point); none for a whole number. */
export function signOf(written: string): DecimalSign | undefined {
  if (/^-?\d+,\d+$/.test(written.trim())) return "comma";
  if (/^-?\d+\.\d+$/.test(written.trim())) return "point";
  return undefined;
}
