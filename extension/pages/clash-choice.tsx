import { useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import { pageWord } from "../i18n/page-words";
import type { PackageClash } from "../messages";

/** Props of one clash's choice. */
export interface ClashChoiceProps {
  lang: Lang;
  clash: PackageClash;
  /** The file the user chose, or undefined for neither. */
  onChoose(file: string | undefined): void;
}

/**
 * Files for the same unit, year and template with different figures (W0b): names both, shows
 * where they differ (a few fields and each file's value), and lets the user choose one with the
 * keyboard or the mouse; "neither" is chosen until the user chooses, and nothing is imported or
 * replaced before the choice is confirmed.
 */
export function ClashChoice({ lang, clash, onChoose }: ClashChoiceProps) {
  const [choice, setChoice] = useState("");
  const group = `clash-${clash.files.join("|")}`;
  const radio = (value: string, text: string) => (
    <label key={value} class="choice">
      <input
        type="radio"
        name={group}
        value={value}
        checked={choice === value}
        onChange={() => setChoice(value)}
      />{" "}
      {text}
    </label>
  );
  return (
    <fieldset class="clash">
      <legend>{pageWord(lang, "clashLegend", { files: clash.files.join(" / ") })}</legend>
      <table>
        <caption>{pageWord(lang, "clashCaption", { count: clash.count })}</caption>
        <thead>
          <tr>
            <th scope="col">{pageWord(lang, "clashField")}</th>
            {clash.files.map((file) => (
              <th scope="col" key={file}>
                {file}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {clash.fields.map((field) => (
            <tr key={field.id}>
              <th scope="row">{field.label[lang]}</th>
              {field.values.map((value, index) => (
                <td key={clash.files[index]}>{shown(lang, value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {radio("", pageWord(lang, "clashNeither"))}
      {clash.files.map((file, index) =>
        radio(file, pageWord(lang, clash.stored && index > 0 ? "clashKeepStored" : "clashKeep", { file })),
      )}
      <button type="button" onClick={() => onChoose(choice === "" ? undefined : choice)}>
        {pageWord(lang, "clashConfirm")}
      </button>
    </fieldset>
  );
}

/** A value as the page shows it: a decimal with a comma in Norwegian, a dash for none. */
function shown(lang: Lang, value: string): string {
  if (value === "") return "–";
  return lang === "nb" && /^-?\d+\.\d+$/.test(value) ? value.replace(".", ",") : value;
}
