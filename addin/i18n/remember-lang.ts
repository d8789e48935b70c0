import { DEFAULT_LANG, type Lang, parseLang } from "../../shared/messages/lang";

const KEY = "hso.addin.lang";

/** The part of `localStorage` the pane uses, so tests can pass their own. */
export type LangStore = Pick<Storage, "getItem" | "setItem">;

/** The language the user chose last time, Norwegian when none was chosen or storage is unavailable. */
export function rememberedLang(store: LangStore | undefined): Lang {
  try {
    return parseLang(store?.getItem(KEY));
  } catch {
    return DEFAULT_LANG;
  }
}

/** Remembers the user's language; a host that forbids storage just forgets it. */
export function rememberLang(store: LangStore | undefined, lang: Lang): void {
  try {
    store?.setItem(KEY, lang);
  } catch {
    // Storage can be disabled by policy; the pane still works in the chosen language this time.
  }
}
