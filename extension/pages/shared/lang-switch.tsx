import type { Lang } from "../../../shared/messages/lang";
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
      <select value={lang} onChange={(event) => onChange(event.currentTarget.value === "en" ? "en" : "nb")}>
        <option value="nb" lang="nb">
          Norsk (bokmål)
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
