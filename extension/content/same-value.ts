import { parseNumberWith } from "../../shared/numbers/parse-number-with";
import type { FigureToFill } from "./content-api";
import type { DecimalStyle } from "./decimal-style";
import { wordsInUse } from "./words";

/**
 * Whether the text a control holds means the figure's value: numbers compared as numbers (the page
 * may regroup "1769,5" as "1 769,5"), org. numbers by digits, dates in either spelling.
 */
export function sameValue(figure: FigureToFill, actual: string, style: DecimalStyle): boolean {
  const { value } = figure;
  if (typeof value === "number") {
    // A percentage the page shows with its sign after blur ("38,5 %") is the figure (adversary-4 B17).
    const read = readNumber(figure.kind === "percent" ? actual.replace(/\s*%\s*$/, "") : actual, style);
    return read !== undefined && Math.abs(read - value) < 1e-9;
  }
  if (figure.kind === "org") return digits(actual) === digits(value) && digits(value) !== "";
  if (figure.kind === "date") return isoDate(actual) === isoDate(value);
  return actual.trim() === value.trim();
}

/**
 * A number read in the control's own style; a point-style "1,769.5" becomes Norwegian first. On a
 * comma page, points between groups of three are thousands ("36.500" is 36 500: adversary-4 B17);
 * on a point page they are no number at all: 36,5 or a Norwegian page's 36 500, never guessed
 * (the worker reports it unreadable: shared/numbers/number-doubt.ts).
 */
export function readNumber(text: string, style: DecimalStyle): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const norwegian =
    style === "point"
      ? isPointGrouped(trimmed)
        ? ""
        : trimmed.replace(/,/g, "").replace(".", ",")
      : isPointGrouped(trimmed)
        ? trimmed.replace(/\./g, " ")
        : trimmed;
  // nb-NO's group and minus characters come with the request's words (i18n/form-words.ts).
  const parsed = parseNumberWith(norwegian, wordsInUse().symbols);
  return parsed.ok ? parsed.value : undefined;
}

/** Digits grouped by three with points ("36.500", "1.234.567"): thousands, or a decimal point. */
export function isPointGrouped(text: string): boolean {
  return /^-?\d{1,3}(\.\d{3})+$/.test(text.trim());
}

function digits(text: string): string {
  return text.replace(/\D/g, "");
}

function isoDate(text: string): string {
  const trimmed = text.trim();
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (norwegian === null) return trimmed;
  return `${norwegian[3]}-${norwegian[2]?.padStart(2, "0")}-${norwegian[1]?.padStart(2, "0")}`;
}
