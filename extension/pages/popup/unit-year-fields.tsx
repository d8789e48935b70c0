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

/** A unit's imported years, newest first, each once: fillable when any of its packages is. */
function yearsOf(packages: readonly PackageSummary[], org: string): { year: number; fillable: boolean }[] {
  const years = new Map<number, boolean>();
  for (const entry of packages)
    if (entry.org === org) years.set(entry.year, (years.get(entry.year) ?? false) || entry.fillable);
  return [...years].map(([year, fillable]) => ({ year, fillable })).sort((a, b) => b.year - a.year);
}

/** The unit (none chosen until the user or the page says) and its imported years, newest first. */
export function UnitYearFields({ lang, packages, choice, onChange }: UnitYearFieldsProps) {
  const years = yearsOf(packages, choice.org);
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
