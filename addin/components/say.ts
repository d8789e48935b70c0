import type { Lang } from "../../shared/messages/lang";
import { type UiWord, uiWord } from "../i18n/ui-words";

/** The pane's words in the chosen language, handed to every component. */
export type Say = (key: UiWord, params?: Record<string, string | number>) => string;

/** A `Say` bound to one language. */
export function sayIn(lang: Lang): Say {
  return (key, params) => uiWord(lang, key, params);
}
