import type { FigureToFill } from "./content-api";
import { compilePattern, type DecimalStyle, languageOf } from "./decimal-style";
import { wordsInUse } from "./words";

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
  if (figure.kind === "date") return dateText(figure, element);
  return value;
}

/**
 * A date as the control asks for it: ISO for `type=date`; else the format its placeholder spells
 * ("ÅÅÅÅ-MM-DD", "dd.mm.åååå", "YYYY-MM-DD"), else the one its `pattern` accepts, else by
 * language (Norwegian day.month.year, otherwise ISO, which no reader takes for another date).
 * The worker wrote the date in each format, by its spelling (background/figure-texts.ts: none
 * for a value that is no ISO date, which is typed as it is).
 */
function dateText(figure: FigureToFill, element: HTMLElement): string {
  const iso = String(figure.value);
  const { texts } = figure;
  if (texts === undefined) throw new Error("texts_missing");
  if (element instanceof HTMLInputElement && element.type === "date") return iso;
  const hint = (element.getAttribute("placeholder") ?? "")
    .toLowerCase()
    .replace(/[åj]{4}/g, "yyyy")
    .replace(/tt/g, "dd");
  const formats = Object.entries(texts);
  for (const [spelled, text] of formats) if (hint.includes(spelled)) return text;
  const test = compilePattern(element.getAttribute("pattern") ?? "");
  if (test !== undefined) {
    for (const [, text] of formats) if (test(text)) return text;
  }
  return (wordsInUse().norwegianLanguage.test(languageOf(element)) && texts["dd.mm.yyyy"]) || iso;
}
