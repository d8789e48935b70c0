import type { Lang } from "../../shared/messages/lang";
import { type UiWord, uiWord } from "../i18n/ui-words";

/** The pane's words in the chosen language, handed to every component. */
export type Say = (key: UiWord, params?: Record<string, string | number>) => string;

/**
 * Words kept to be said in the language of each render, never a string said once (adversary A12):
 * a key of the pane's words with its values, or, for words of several keys or of a chunk's own
 * dictionary, how to say them in a language.
 */
export type Words = readonly [UiWord, Record<string, string | number>?] | ((say: Say, lang: Lang) => string);

/** A `Say` bound to one language. */
export function sayIn(lang: Lang): Say {
  return (key, params) => uiWord(lang, key, params);
}

/** Kept words said now, in the language of this render. */
export function sayWords(words: Words, say: Say, lang: Lang): string {
  return typeof words === "function" ? words(say, lang) : say(words[0], words[1]);
}
