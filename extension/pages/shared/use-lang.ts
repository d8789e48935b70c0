import { useEffect, useState } from "preact/hooks";
import type { Lang } from "../../../shared/messages/lang";
import type { Send } from "./send-request";

/**
 * The page's language: Norwegian until the stored choice is read, then the user's choice, written
 * to `<html lang>` so screen readers pronounce the page right; changing it is remembered.
 */
export function useLang(send: Send): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>("nb");
  useEffect(() => {
    send({ type: "get-settings" }).then((answer) => answer.ok && setLang(answer.response.lang));
  }, [send]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const choose = (next: Lang) => {
    setLang(next);
    void send({ type: "set-lang", lang: next });
  };
  return [lang, choose];
}
