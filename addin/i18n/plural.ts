import type { Lang } from "../../shared/messages/lang";

/** A noun in its singular and plural forms, as Intl.PluralRules names them for nb and en. */
export interface Noun {
  one: string;
  other: string;
}

const RULES = new Map<Lang, Intl.PluralRules>();

/** The form of a noun that goes with a count in a language ("1 advarsel", "2 advarsler"). */
export function pluralForm(lang: Lang, count: number, noun: Noun): string {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang === "nb" ? "nb-NO" : "en-GB");
    RULES.set(lang, rules);
  }
  return rules.select(count) === "one" ? noun.one : noun.other;
}
