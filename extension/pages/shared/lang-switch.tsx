import { LANG_NAMES, LANGS, type Lang, parseLang } from "../../../shared/messages/lang";
import { pageWord } from "../../i18n/page-words";

/** Props of the language switch. */
export interface LangSwitchProps {
  lang: Lang;
  onChange: (lang: Lang) => void;
}

/** Norwegian bokmål or English; the names are written in their own language, as language menus are. */
export function LangSwitch({ lang, onChange }: LangSwitchProps) {
  return (
    <label class="lang-switch">
      {pageWord(lang, "language")}{" "}
      <select value={lang} onChange={(event) => onChange(parseLang(event.currentTarget.value, lang))}>
        {LANGS.map((each) => (
          <option key={each} value={each} lang={each}>
            {LANG_NAMES[each]}
          </option>
        ))}
      </select>
    </label>
  );
}
