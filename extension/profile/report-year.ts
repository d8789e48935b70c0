import type { FormProfile, Locator } from "./form-profile";

/** A year as forms write it in headings and labels. */
const YEAR = /\b(19|20)\d{2}\b/g;

/** The texts of a locator that say what a field reads as (a path's `path` is no text). */
export function textsOf(locator: Locator): string[] {
  if (locator.kind === "label") return [locator.label, locator.section ?? ""];
  if (locator.kind === "role") return [locator.name];
  if (locator.kind === "css") return [locator.label ?? "", locator.section ?? ""];
  return [];
}

/** Every year the locators' texts name. */
export function yearsOf(locators: readonly Locator[]): Set<number> {
  return new Set(
    locators.flatMap(textsOf).flatMap((text) => [...text.matchAll(YEAR)].map((found) => Number(found[0]))),
  );
}

/**
 * Picked locators with the report's year they were recorded in, where their texts name a year: the
 * page's own year when it shows one (a heading, a year field), else the one year the field's texts
 * name (the column "2025" the user pointed into). A field whose texts name several years on a page
 * that names none is left as recorded: matched as written.
 */
export function markReportYear(locators: readonly Locator[], pageYear?: number): Locator[] {
  const years = yearsOf(locators);
  const [only] = years;
  const year = pageYear ?? (years.size === 1 ? only : undefined);
  if (year === undefined || years.size === 0) return [...locators];
  return locators.map((locator) =>
    locator.kind === "label" || locator.kind === "role" || locator.kind === "css"
      ? { ...locator, year }
      : locator,
  );
}

/**
 * A field's locators for a report of `year`: each year in a marked locator's texts moved by the
 * years between the report it was recorded for and this one, so the column "2025" picked for 2025
 * is looked for as "2026" in 2026, and last year's "2025" column of that form is never its. A field
 * whose id names a year of its own (a capacity plan's `phv_adult_2029`) keeps its texts: its
 * column is "Planlagt 2029" whatever year the plan is made. An unmarked locator whose texts name
 * one other year is kept as written, with its twin for this year beside it (`yearTwin`).
 */
export function locatorsForYear(id: string, locators: readonly Locator[], year: number): Locator[] {
  const fixed = /_\d{4}$/.test(id);
  return locators.flatMap((locator): Locator[] => {
    if ("year" in locator && locator.year !== undefined) {
      const { year: recorded, ...rest } = locator;
      return [fixed ? rest : moveYears(rest, year - recorded)];
    }
    const twin = fixed ? undefined : yearTwin(locator, year);
    return twin ? [locator, twin] : [locator];
  });
}

/**
 * A locator recorded without the report's year (written by hand, or pointed before the options page
 * kept the year) whose label or name and section name one year, not this report's ("2024" read with
 * 2025's package): the same locator with that year as this report's. Both are sent, so on a page
 * that shows both columns ("2024" | "2025") they find two fields and the fill takes neither, naming
 * both (locators_disagree), instead of writing this year's figure into last year's column; where
 * only one of the two is on the page, that one is taken. A name or id names no year.
 */
export function yearTwin(locator: Locator, year: number): Locator | undefined {
  if (locator.kind !== "label" && locator.kind !== "role") return undefined;
  const years = yearsOf([locator]);
  const [only] = years;
  if (years.size !== 1 || only === undefined || only === year) return undefined;
  return moveYears(locator, year - only);
}

/** The locator with every year of its texts moved by `by` years. */
function moveYears<T extends Locator>(locator: T, by: number): T {
  const move = (text: string) => text.replace(YEAR, (found) => String(Number(found) + by));
  if (locator.kind === "label")
    return {
      ...locator,
      label: move(locator.label),
      ...(locator.section === undefined ? {} : { section: move(locator.section) }),
    };
  if (locator.kind === "role") return { ...locator, name: move(locator.name) };
  if (locator.kind === "css")
    return {
      ...locator,
      ...(locator.label === undefined ? {} : { label: move(locator.label) }),
      ...(locator.section === undefined ? {} : { section: move(locator.section) }),
    };
  return locator;
}

/** A profile as the fill of a report of `year` uses it: every field's locators for that year. */
export function profileForYear(profile: FormProfile, year: number): FormProfile {
  const fields = Object.fromEntries(
    Object.entries(profile.fields).map(([id, field]) => [
      id,
      { ...field, locators: locatorsForYear(id, field.locators, year) },
    ]),
  );
  return { ...profile, fields };
}
