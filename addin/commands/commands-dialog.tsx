import { render } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { type Lang, parseLang } from "../../shared/messages/lang";
import { loadLang, shownLang } from "../i18n/pane-langs";
import { uiWord } from "../i18n/ui-words";
import { markModulesRan } from "./modules-ran";
import { supports } from "./office-runtime";

markModulesRan();

/**
 * Sends the answer to the command that opened this dialog, only to the add-in's own origin where
 * the host can be told (DialogOrigin 1.1).
 */
function answer(save: boolean): void {
  const message = save ? "save" : "cancel";
  if (supports("DialogOrigin", "1.1"))
    Office.context.ui.messageParent(message, { targetOrigin: window.location.origin });
  else Office.context.ui.messageParent(message);
}

/** The ribbon command's question: "The workbook has N errors. Save anyway?" */
function SaveQuestion({ lang, errors }: { lang: Lang; errors: number }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby="q" aria-describedby="why">
      <h1 id="q">{uiWord(lang, "confirmSaveTitle", { errors })}</h1>
      <p id="why">{uiWord(lang, "confirmSaveIntro")}</p>
      <button type="button" ref={cancel} onClick={() => answer(false)}>
        {uiWord(lang, "cancel")}
      </button>{" "}
      <button type="button" onClick={() => answer(true)}>
        {uiWord(lang, "saveAnyway")}
      </button>
    </div>
  );
}

const query = new URLSearchParams(window.location.search);
const wanted: Lang = parseLang(query.get("lang"));
const errors = Number.parseInt(query.get("errors") ?? "0", 10) || 0;
const root = document.getElementById("app") as HTMLElement;
// The pane's language is loaded first (English is a chunk of its own); without it, Norwegian.
void Office.onReady(async () => {
  await loadLang(wanted).catch(() => undefined);
  const lang = shownLang(wanted);
  document.documentElement.lang = lang;
  render(<SaveQuestion lang={lang} errors={errors} />, root);
});
