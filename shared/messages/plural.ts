import type { Lang } from "./lang";

/** A noun's forms for `Intl.PluralRules`: Norwegian and English need only these two. */
export interface NounForms {
  one: string;
  other: string;
}

const RULES = new Map<Lang, Intl.PluralRules>();

/** The noun's form for a number in a language ("1 plass", "2 plasser", "1,5 plasser"). */
export function nounFor(lang: Lang, n: number, forms: NounForms): string {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    RULES.set(lang, rules);
  }
  return rules.select(n) === "one" ? forms.one : forms.other;
}

/** A count in words with its noun: "1 desimal", "2 desimaler" (`text` as worded, `n` its number). */
export function counted(lang: Lang, text: string, n: number, forms: NounForms): string {
  return `${text} ${nounFor(lang, n, forms)}`;
}
