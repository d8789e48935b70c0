import type { PackageSummary } from "../../messages";

/** The unit and year chosen in the popup; an empty `org` means the user has not chosen yet. */
export interface Choice {
  org: string;
  year: number;
}

/** What the page says it is for (the content script reads it: an org. no. or unit name, a year). */
export interface PageClaim {
  org?: string;
  year?: number;
}

/** The newest imported year of a unit, fillable ones first; 0 when none is imported. */
export function newestYear(packages: readonly PackageSummary[], org: string): number {
  const years = packages.filter((entry) => entry.org === org);
  const pick = (list: readonly PackageSummary[]) => Math.max(0, ...list.map((entry) => entry.year));
  return pick(years.filter((entry) => entry.fillable)) || pick(years);
}

/**
 * The unit and year the popup starts with: the ones the page names, when a package for them is
 * imported; otherwise the only unit imported, in its newest year. With several units and no word
 * from the page, no unit is chosen: picking the first in the list put one trust's figures into
 * another trust's form with a single click, so the user must choose.
 */
export function initialChoice(packages: readonly PackageSummary[], page: PageClaim = {}): Choice {
  const units = new Set(packages.map((entry) => entry.org));
  const org =
    page.org !== undefined && units.has(page.org) ? page.org : units.size === 1 ? [...units][0] : "";
  if (org === undefined || org === "") return { org: "", year: 0 };
  const named = packages.some((entry) => entry.org === org && entry.year === page.year);
  return { org, year: named && page.year !== undefined ? page.year : newestYear(packages, org) };
}

/** The units among the packages, each once, by name. */
export function unitsOf(packages: readonly PackageSummary[]): { org: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const entry of packages) if (!seen.has(entry.org)) seen.set(entry.org, entry.name);
  return [...seen].map(([org, name]) => ({ org, name })).sort((a, b) => a.name.localeCompare(b.name, "nb"));
}
