import { parentAcross } from "./control-context";
import { pageDecimalEvidence } from "./page-decimal-evidence";
import { wordsInUse } from "./words";

/** How a form writes decimals: "1769,5" (comma) or "1769.5" (point). */
export type DecimalStyle = "comma" | "point";

/**
 * The decimal style a control expects. A `type=number` input only ever accepts a point (the
 * browser empties it otherwise), as does an ARIA spin button (a number as script parses it), and so does a `pattern` that accepts only one of "1,5" and "1.5"
 * (compiled as the browser compiles it: `\d+(\.\d{1,2})?` wants a point, whatever commas its
 * quantifiers hold); then the profile's field or form setting; then a placeholder example; then
 * what the page itself says or shows ("Bruk desimalkomma", other fields' "0,0" or "12,5"); then
 * the language of the control or page, unless that is English over Norwegian text (SharePoint
 * keeps `lang="en-us"` on Norwegian sites: comma); Norwegian comma by default (docs/domain.md:
 * numbers are typed as the form shows them).
 */
export function decimalStyle(element: HTMLElement, stated?: DecimalStyle): DecimalStyle {
  if (element instanceof HTMLInputElement && element.type === "number") return "point";
  // An ARIA spin button's value is a number as script reads one: Fluent UI React's SpinButton
  // keeps its text only if Number(text) is one, so "197,5" falls back to what it held
  // (@fluentui/react SpinButton.base.js, onBlur's validation).
  if (element.getAttribute("role") === "spinbutton") return "point";
  // A pattern that takes only one style is the control's own rule: it wins over a profile's word.
  const pattern = patternStyle(element);
  if (pattern !== undefined) return pattern;
  if (stated !== undefined) return stated;
  const evidence = pageDecimalEvidence(element.ownerDocument);
  const language = languageStyle(element);
  const languageSays = language === "point" && evidence.norwegian ? "comma" : language;
  return placeholderStyle(element) ?? evidence.shown ?? languageSays ?? "comma";
}

function patternStyle(element: HTMLElement): DecimalStyle | undefined {
  const pattern = element.getAttribute("pattern");
  if (!pattern) return undefined;
  const test = compilePattern(pattern);
  if (test === undefined) return undefined;
  return onlyStyle(test("1,5"), test("1.5"));
}

/** The one style seen, when only one of them is (none or both: undefined). */
export function onlyStyle(comma: boolean, point: boolean): DecimalStyle | undefined {
  if (comma !== point) return comma ? "comma" : "point";
  return undefined;
}

/** The HTML `pattern` as the browser reads it: anchored, `v` flag (`u` where `v` is unknown). */
export function compilePattern(pattern: string): ((text: string) => boolean) | undefined {
  for (const flags of ["v", "u"]) {
    try {
      const regex = new RegExp(`^(?:${pattern})$`, flags);
      return (text) => regex.test(text);
    } catch {
      // An invalid pattern is ignored by the browser too.
    }
  }
  return undefined;
}

function placeholderStyle(element: HTMLElement): DecimalStyle | undefined {
  const placeholder = element.getAttribute("placeholder") ?? "";
  if (/\d\.\d/.test(placeholder) && !/\d\.\d+\.\d/.test(placeholder)) return "point";
  if (/\d,\d/.test(placeholder)) return "comma";
  return undefined;
}

/** The language the control is written in: its own or an ancestor's `lang`, across shadow roots. */
export function languageOf(element: Element): string {
  for (let at: Element | null = element; at !== null; at = parentAcross(at)) {
    const lang = at.getAttribute("lang");
    if (lang) return lang.toLowerCase();
  }
  return element.ownerDocument.documentElement.lang.toLowerCase();
}

function languageStyle(element: HTMLElement): DecimalStyle | undefined {
  const lang = languageOf(element);
  // Which languages write which: the request's words (i18n/form-words.ts).
  const { commaLanguage, pointLanguage } = wordsInUse();
  if (commaLanguage.test(lang)) return "comma";
  if (pointLanguage.test(lang)) return "point";
  return undefined;
}
