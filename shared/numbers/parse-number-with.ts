import type { NumberSymbols } from "./number-symbols";

/** Why text is not a number; each reason has words in `messages/`. */
export type NumberFailure =
  | "empty"
  | "not_a_number"
  | "ambiguous_separator"
  | "mixed_separators"
  | "bad_grouping"
  | "not_finite";

/** The answer of `parseNumber`: the value, or the reason it could not be read. */
export type NumberParse = { ok: true; value: number } | { ok: false; reason: NumberFailure };

const GROUPED = /^\d{1,3}(?:\s\d{3})+$/u;

/** The characters a number may be written with between groups and as its minus. */
export type GroupsAndMinus = Pick<NumberSymbols, "groups" | "minus">;

/**
 * `parseNumber` with the symbols given (parse-number.ts gives nb-NO's): the content script gets
 * them with the request's words, so it does not read them from Intl itself (its size budget:
 * docs/extension.md). Never throws.
 */
export function parseNumberWith(text: string, symbols: GroupsAndMinus): NumberParse {
  const trimmed = String(text).trim();
  if (trimmed === "") return fail("empty");
  const negative = symbols.minus.includes(trimmed[0] ?? "");
  const body = negative ? trimmed.slice(1) : trimmed;
  if (!/^[\d.,\s]+$/u.test(body) || !/^\d/.test(body) || !/\d$/.test(body)) return fail("not_a_number");
  if (!onlyKnownSpaces(body, symbols)) return fail("not_a_number");
  if (body.includes(",") && body.includes(".")) return fail("mixed_separators");
  const separators = body.match(/[.,]/g) ?? [];
  if (separators.length > 1) return fail("ambiguous_separator");
  const [whole = "", fraction = ""] = body.split(/[.,]/);
  if (/\s/u.test(fraction)) return fail("bad_grouping");
  if (/\s/u.test(whole) && !GROUPED.test(whole)) return fail("bad_grouping");
  if (separators[0] === "." && couldBeThousands(whole, fraction)) return fail("ambiguous_separator");
  const value = Number(`${whole.replace(/\s/gu, "")}.${fraction || "0"}`);
  if (!Number.isFinite(value)) return fail("not_finite");
  // Adding 0 turns "-0" into 0, so a blank-ish "−0" never carries a sign into sums.
  return { ok: true, value: (negative ? -value : value) + 0 };
}

function fail(reason: NumberFailure): NumberParse {
  return { ok: false, reason };
}

/** Whether every whitespace character is one of the accepted group separators (not a tab or newline). */
function onlyKnownSpaces(body: string, symbols: GroupsAndMinus): boolean {
  return [...body.matchAll(/\s/gu)].every((match) => symbols.groups.includes(match[0]));
}

/** "1.234" or "12.345": a point followed by exactly three digits after one to three leading digits. */
function couldBeThousands(whole: string, fraction: string): boolean {
  return fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
}
