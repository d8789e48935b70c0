import { useEffect, useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import { isLangLoaded, loadLang, shownLang } from "../i18n/pane-langs";
import { type LangStore, rememberedLang, rememberLang } from "../i18n/remember-lang";

/** Loads a language's words, then shows it; a chunk that cannot be fetched is logged once and told. */
function showWhenLoaded(next: Lang, show: (lang: Lang) => void, fail: (error: unknown) => void) {
  return loadLang(next).then(
    () => {
      fail(undefined);
      show(next);
    },
    (error: unknown) => {
      console.error("[hso task pane] language", error);
      fail(error);
    },
  );
}

/**
 * The pane's language: the one the user chose last time, and a way to choose another. A language is
 * shown only once its words are loaded (English is a chunk of its own), so the pane never mixes two;
 * the host page loads the remembered one before the first render, and this catches up where it did
 * not. `failure` is a language whose chunk could not be fetched: the pane stays as it was.
 */
export function usePaneLang(store: LangStore | undefined) {
  const [lang, setLang] = useState<Lang>(() => shownLang(rememberedLang(store)));
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => {
    const wanted = rememberedLang(store);
    if (!isLangLoaded(wanted)) void showWhenLoaded(wanted, setLang, setFailure);
  }, [store]);
  const choose = (next: Lang) =>
    showWhenLoaded(
      next,
      (shown) => {
        setLang(shown);
        rememberLang(store, shown);
      },
      setFailure,
    );
  return { lang, choose, failure };
}
