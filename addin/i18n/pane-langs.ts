import { DEFAULT_LANG, LANGS, type Lang } from "../../shared/messages/lang";
import type { MessageCatalogue } from "../../shared/messages/message-catalogue";
import { NB_ISSUE_WORDS } from "../../shared/messages/nb";
import { NB } from "./words-nb";

/** One language's words in the pane: its own (`words-*.ts`) and the core's messages. */
export interface PaneLangWords {
  ui: Record<keyof typeof NB, string>;
  messages: MessageCatalogue;
}

let nbPackageErrors: MessageCatalogue["packageErrors"] | undefined;

/**
 * Norwegian, with the words for a refused package once `loadPackageWords` has fetched them (with the
 * package reader: no package can be refused before it is here).
 */
const NB_WORDS: PaneLangWords = {
  ui: NB,
  messages: {
    ...NB_ISSUE_WORDS,
    get packageErrors() {
      if (!nbPackageErrors)
        throw new Error("package refusal words asked for before the package reader was fetched");
      return nbPackageErrors;
    },
  },
};

const LOADED: Partial<Record<Lang, PaneLangWords>> = { nb: NB_WORDS };

/**
 * Norwegian comes with the pane; every other language is a chunk of its own, downloaded when a user
 * chooses it or has chosen it before, so a Norwegian controller's first load does not carry English
 * (docs/addin.md, gzipKB.taskpane).
 */
const LOADERS: Record<Lang, () => Promise<PaneLangWords>> = {
  nb: async () => NB_WORDS,
  en: async () => (await import("./english")).ENGLISH,
};

/** Whether a language's words are here, so the pane can show it without waiting. */
export function isLangLoaded(lang: Lang): boolean {
  return LOADED[lang] !== undefined;
}

/** Loads a language's words once; rejects when its chunk cannot be fetched (the pane then stays as it is). */
export async function loadLang(lang: Lang): Promise<void> {
  if (!LOADED[lang]) LOADED[lang] = await LOADERS[lang]();
}

/** The language the pane can show for a wish: the one wished for once loaded, Norwegian until then. */
export function shownLang(lang: Lang): Lang {
  return isLangLoaded(lang) ? lang : DEFAULT_LANG;
}

/** A language's words, the default language's while it is not loaded (the pane waits for it first). */
export function langWords(lang: Lang): PaneLangWords {
  return LOADED[shownLang(lang)] as PaneLangWords;
}

/** The languages whose words are here, Norwegian first, for text shown in every language at once. */
export function loadedLangs(): Lang[] {
  return LANGS.filter(isLangLoaded);
}

/**
 * Fetches the Norwegian words for a refused package (other languages carry theirs); called with the
 * package reader (read-package-file.ts, the regional tool), so the pane's first load goes without them.
 */
export async function loadPackageWords(): Promise<void> {
  nbPackageErrors ??= (await import("../../shared/messages/nb-package-errors")).NB_PACKAGE_ERRORS;
}
