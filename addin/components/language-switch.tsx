import { LANG_NAMES, LANGS, type Lang, parseLang } from "../../shared/messages/lang";
import { uiWord } from "../i18n/ui-words";

/** The product's languages; each option is named in its own language so either reader finds theirs. */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div class="language">
      <label for="pane-lang">{uiWord(lang, "language")}</label>
      <select
        id="pane-lang"
        value={lang}
        onChange={(event) => onChange(parseLang(event.currentTarget.value, lang))}
      >
        {LANGS.map((each) => (
          <option key={each} value={each} lang={each}>
            {LANG_NAMES[each]}
          </option>
        ))}
      </select>
    </div>
  );
}
