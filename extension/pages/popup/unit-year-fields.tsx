import type { Lang } from "../../../shared/messages/lang";
import { pageWord } from "../../i18n/page-words";
import type { PackageSummary } from "../../messages";
import { type Choice, newestYear, unitsOf } from "./choose-package";

/** Props of the unit and year choice. */
export interface UnitYearFieldsProps {
  lang: Lang;
  packages: readonly PackageSummary[];
  choice: Choice;
  onChange: (choice: Choice) => void;
}

/** The unit (none chosen until the user or the page says) and its imported years, newest first. */
export function UnitYearFields({ lang, packages, choice, onChange }: UnitYearFieldsProps) {
  const years = packages.filter((entry) => entry.org === choice.org).sort((a, b) => b.year - a.year);
  return (
    <>
      <label>
        {pageWord(lang, "unit")}
        <select
          value={choice.org}
          onChange={(event) => {
            const org = event.currentTarget.value;
            onChange({ org, year: newestYear(packages, org) });
          }}
        >
          <option value="">{pageWord(lang, "chooseUnit")}</option>
          {unitsOf(packages).map((unit) => (
            <option key={unit.org} value={unit.org}>
              {unit.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {pageWord(lang, "year")}
        <select
          value={String(choice.year)}
          disabled={choice.org === ""}
          onChange={(event) => onChange({ ...choice, year: Number(event.currentTarget.value) })}
        >
          {years.map((entry) => (
            <option key={entry.year} value={String(entry.year)}>
              {entry.fillable ? entry.year : `${entry.year} (${pageWord(lang, "hasErrors")})`}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
