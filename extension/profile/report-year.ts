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
 * column is "Planlagt 2029" whatever year the plan is made.
 */
export function locatorsForYear(id: string, locators: readonly Locator[], year: number): Locator[] {
  const fixed = /_\d{4}$/.test(id);
  return locators.map((locator) => {
    if (!("year" in locator) || locator.year === undefined) return locator;
    const { year: recorded, ...rest } = locator;
    const move = (text: string) =>
      fixed ? text : text.replace(YEAR, (found) => String(Number(found) + year - recorded));
    if (rest.kind === "label")
      return {
        ...rest,
        label: move(rest.label),
        ...(rest.section === undefined ? {} : { section: move(rest.section) }),
      };
    if (rest.kind === "role") return { ...rest, name: move(rest.name) };
    if (rest.kind === "css")
      return {
        ...rest,
        ...(rest.label === undefined ? {} : { label: move(rest.label) }),
        ...(rest.section === undefined ? {} : { section: move(rest.section) }),
      };
    return rest;
  });
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
