/** The product's languages, Norwegian bokmål first: the one list every part of the product reads. */
export const LANGS = ["nb", "en"] as const;

/** One of the product's languages. */
export type Lang = (typeof LANGS)[number];

/** Text in every language of the product; a language added to `LANGS` makes every missing word a compile error. */
export type Words = Readonly<Record<Lang, string>>;

/** The language a user starts in. */
export const DEFAULT_LANG: Lang = "nb";

/** Whether a string names one of the product's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** A language from outside (a flag, storage, a form control): the language it names, or the fallback. */
export function parseLang(value: unknown, fallback: Lang = DEFAULT_LANG): Lang {
  return isLang(value) ? value : fallback;
}

const AND: Words = { nb: "og", en: "and" };

/** A list as a sentence says it: `a, b og c` in Norwegian, `a, b and c` in English. */
export function joinWords(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${AND[lang]} ${items.at(-1)}`;
}

/** Each language's name in itself, as language menus show them so every reader finds theirs. */
export const LANG_NAMES: Words = { nb: "Norsk (bokmål)", en: "English" };
