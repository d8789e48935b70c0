import type { Lang } from "../../shared/messages/lang";
import { uiWord } from "../i18n/ui-words";

/** Norwegian or English; each option is named in its own language so either reader finds theirs. */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div class="language">
      <label for="pane-lang">{uiWord(lang, "language")}</label>
      <select
        id="pane-lang"
        value={lang}
        onChange={(event) => onChange(event.currentTarget.value === "en" ? "en" : "nb")}
      >
        <option value="nb" lang="nb">
          {uiWord("nb", "languageNames")}
        </option>
        <option value="en" lang="en">
          {uiWord("en", "languageNames")}
        </option>
      </select>
    </div>
  );
}
