import type { Lang } from "../../shared/messages/lang";
import type { WorkerErrorCode } from "../messages";
import { EN } from "./words-en";
import { NB, type PageWords } from "./words-nb";

const WORDS: Record<Lang, PageWords> = { nb: NB, en: EN };

/** A plain word of the pages, in one language. */
export type WordKey = Exclude<keyof PageWords, "errorCodes">;

/** One of the pages' words with `{name}` placeholders filled in. */
export function pageWord(lang: Lang, key: WordKey, params: Record<string, string | number> = {}): string {
  return WORDS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** What a worker error code means for the user. */
export function errorWord(lang: Lang, code: WorkerErrorCode): string {
  return WORDS[lang].errorCodes[code];
}
