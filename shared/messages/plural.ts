import type { Lang } from "./lang";
import type { WordedCount } from "./message-catalogue";

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

/** A count with its noun: "1 desimal", "2 desimaler". */
export function counted(lang: Lang, count: WordedCount, forms: NounForms): string {
  return `${count.text} ${nounFor(lang, count.n, forms)}`;
}
