import type { Lang } from "../../shared/messages/lang";
import { formatNumber } from "../../shared/numbers/format-number";
import { isNounKey, NOUNS } from "./nouns";
import { langWords, loadedLangs, shownLang } from "./pane-langs";
import { pluralForm } from "./plural";
import type { NB } from "./words-nb";

/** A key of the pane's dictionary. */
export type UiWord = keyof typeof NB;

/** A count as the language writes it ("1 000" with a non-breaking space in nb). */
function countIn(lang: Lang, value: string | number): string {
  return typeof value === "number" ? formatNumber(value, { style: lang === "nb" ? "nb" : "point" }) : value;
}

/**
 * One of the pane's words in a language: `{name}` is replaced by a parameter, `{name:noun}` by the
 * count and the noun in the form Intl.PluralRules picks ("1 advarsel", "2 advarsler", "1 warning").
 * A language not loaded yet (`loadLang`) is said in Norwegian, never half in one and half in the other.
 */
export function uiWord(wanted: Lang, key: UiWord, params: Record<string, string | number> = {}): string {
  const lang = shownLang(wanted);
  return langWords(lang).ui[key].replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, noun?: string) => {
    if (!(name in params)) return whole;
    const value = params[name] as string | number;
    if (noun === undefined || !isNounKey(noun)) return String(value);
    return `${countIn(lang, value)} ${pluralForm(lang, Number(value), NOUNS[lang][noun])}`;
  });
}

/** One of the pane's words in every language loaded, Norwegian first: `nb / en` (for a page's last word). */
export function uiWordEveryLang(key: UiWord, params?: Record<string, string | number>): string {
  return loadedLangs()
    .map((lang) => uiWord(lang, key, params))
    .join(" / ");
}
