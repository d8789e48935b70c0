import type { FigureToFill } from "./content-api";
import { compilePattern, type DecimalStyle, languageOf } from "./decimal-style";

/**
 * The text to type for a figure: numbers as the worker wrote them in the control's decimal style
 * (plain ASCII digits without grouping: docs/domain.md), org. numbers as nine digits, dates in
 * the format the control asks for (see `dateText`).
 */
export function figureText(figure: FigureToFill, element: HTMLElement, style: DecimalStyle): string {
  const { value } = figure;
  // The worker wrote the number in both styles (background/figure-texts.ts): without them it is
  // not typed at all, never some other way.
  if (typeof value === "number") {
    const text = figure.texts?.[style];
    if (text === undefined) throw new Error("texts_missing");
    return text;
  }
  if (figure.kind === "org") return value.replace(/\D/g, "");
  if (figure.kind === "date") return dateText(value, element);
  return value;
}

type DateFormat = (year: string, month: string, day: string) => string;

const FORMATS: ReadonlyArray<[RegExp, DateFormat]> = [
  [/yyyy-mm-dd/, (y, m, d) => `${y}-${m}-${d}`],
  [/dd\.mm\.yyyy/, (y, m, d) => `${d}.${m}.${y}`],
  [/dd\/mm\/yyyy/, (y, m, d) => `${d}/${m}/${y}`],
  [/mm\/dd\/yyyy/, (y, m, d) => `${m}/${d}/${y}`],
  [/dd-mm-yyyy/, (y, m, d) => `${d}-${m}-${y}`],
];

/**
 * A date as the control asks for it: ISO for `type=date`; else the format its placeholder spells
 * ("ÅÅÅÅ-MM-DD", "dd.mm.åååå", "YYYY-MM-DD"), else the one its `pattern` accepts, else by
 * language (Norwegian day.month.year, otherwise ISO, which no reader takes for another date).
 */
export function dateText(iso: string, element: HTMLElement): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (parts === null) return iso;
  const [, year = "", month = "", day = ""] = parts;
  if (element instanceof HTMLInputElement && element.type === "date") return iso;
  const hint = (element.getAttribute("placeholder") ?? "")
    .toLowerCase()
    .replace(/[åj]{4}/g, "yyyy")
    .replace(/tt/g, "dd");
  for (const [spelled, format] of FORMATS) if (spelled.test(hint)) return format(year, month, day);
  const test = compilePattern(element.getAttribute("pattern") ?? "");
  if (test !== undefined) {
    for (const [, format] of FORMATS) if (test(format(year, month, day))) return format(year, month, day);
  }
  return /^(nb|nn|no)\b/.test(languageOf(element)) ? `${day}.${month}.${year}` : iso;
}
