import browser from "webextension-polyfill";
import type { PackageSummary } from "../messages";
import { z } from "../zod";
import { serialize } from "./serialize";

/** A package as kept: the file's text (re-read strictly before every fill) and what the pages show. */
export interface StoredPackage {
  text: string;
  summary: PackageSummary;
}

type Area = "session" | "local";

const KEY = "packages";

// Stored data is outside data too (STYLE.md): an entry that lost its shape is skipped, not trusted.
const storedSchema = z.record(
  z.string(),
  z.object({
    text: z.string(),
    summary: z.looseObject({
      org: z.string(),
      year: z.number(),
      name: z.string(),
      fillable: z.boolean(),
      templates: z.array(z.string()).optional(),
    }),
  }),
);

/**
 * The key a package is stored under: its unit, year and templates. A unit's beds and staffing
 * packages of one year are two packages; the same templates for the same unit and year again
 * replace the older one (docs/extension.md).
 */
export function packageKey(org: string, year: number, templates: readonly string[]): string {
  return `${org}-${year}-${[...templates].sort().join("+")}`;
}

/** The key of a stored package, from its summary. */
export function keyOf(summary: Pick<PackageSummary, "org" | "year" | "templates">): string {
  return packageKey(summary.org, summary.year, summary.templates);
}

async function readArea(area: Area): Promise<Record<string, StoredPackage>> {
  const stored = await browser.storage[area].get(KEY);
  const parsed = storedSchema.safeParse(stored[KEY] ?? {});
  if (!parsed.success) return {};
  return rekeyed(parsed.data as unknown as Record<string, StoredPackage>);
}

/**
 * Packages stored before the key named the templates were kept under `org-year`: each entry is
 * read under the key its own summary gives (templates taken from the file where the summary lacks
 * them), so none is lost and the next write stores them under the new keys.
 */
function rekeyed(packages: Record<string, StoredPackage>): Record<string, StoredPackage> {
  const out: Record<string, StoredPackage> = {};
  for (const entry of Object.values(packages)) {
    const templates = entry.summary.templates ?? templatesInText(entry.text);
    const summary = { ...entry.summary, templates };
    out[keyOf(summary)] = { ...entry, summary };
  }
  return out;
}

function templatesInText(text: string): string[] {
  try {
    const templates = (JSON.parse(text) as { templates?: unknown }).templates;
    return typeof templates === "object" && templates !== null ? Object.keys(templates) : [];
  } catch {
    return [];
  }
}

async function writeArea(area: Area, packages: Record<string, StoredPackage>): Promise<void> {
  await browser.storage[area].set({ [KEY]: packages });
}

/** Every imported package, session and kept ones together, sorted by unit name, year and templates. */
export async function listPackages(): Promise<StoredPackage[]> {
  const all = { ...(await readArea("session")), ...(await readArea("local")) };
  return Object.values(all).sort(
    (a, b) =>
      a.summary.name.localeCompare(b.summary.name, "nb") ||
      a.summary.year - b.summary.year ||
      keyOf(a.summary).localeCompare(keyOf(b.summary)),
  );
}

/** Every package of one unit and year (a unit's beds and staffing are two), if imported. */
export async function findPackages(org: string, year: number): Promise<StoredPackage[]> {
  return (await listPackages()).filter((entry) => entry.summary.org === org && entry.summary.year === year);
}

/**
 * Stores a package in session storage, or in local storage when the user chose to keep packages
 * after the browser closes. It replaces the packages of the same unit and year whose templates
 * it holds all of (the same templates again, or fewer); answers the file names it replaced.
 */
export async function putPackage(entry: StoredPackage): Promise<string[]> {
  return (await putPackages([entry]))[0] ?? [];
}

/** Stores several packages in order, as `putPackage` would one by one, reading and writing storage once. */
export function putPackages(entries: readonly StoredPackage[]): Promise<string[][]> {
  return serialize(async () => {
    const areas = { session: await readArea("session"), local: await readArea("local") };
    const changed = new Set<Area>();
    const replaced = entries.map((entry) => {
      const names = new Set<string>();
      for (const area of ["session", "local"] as const)
        for (const [key, old] of Object.entries(areas[area])) {
          if (!covers(entry.summary, old.summary)) continue;
          delete areas[area][key];
          names.add(old.summary.fileName);
          changed.add(area);
        }
      const area = entry.summary.kept ? "local" : "session";
      areas[area][keyOf(entry.summary)] = entry;
      changed.add(area);
      return [...names];
    });
    for (const area of changed) await writeArea(area, areas[area]);
    return replaced;
  });
}

/** Whether package `a` stands in for `b`: same unit and year, and every template of `b` is in `a`. */
export function covers(a: PackageSummary, b: PackageSummary): boolean {
  return (
    a.org === b.org && a.year === b.year && b.templates.every((template) => a.templates.includes(template))
  );
}

/**
 * Removes a package (its unit, year and templates) from wherever it is kept; without templates,
 * every package of that unit and year. Answers whether there was one.
 */
export function removePackage(org: string, year: number, templates?: readonly string[]): Promise<boolean> {
  return serialize(async () => {
    if (templates !== undefined) return removeKey(packageKey(org, year, templates));
    let removed = false;
    for (const entry of await listPackages())
      if (entry.summary.org === org && entry.summary.year === year)
        removed = (await removeKey(keyOf(entry.summary))) || removed;
    return removed;
  });
}

async function removeKey(key: string): Promise<boolean> {
  let removed = false;
  for (const area of ["session", "local"] as const) {
    const packages = await readArea(area);
    if (!Object.hasOwn(packages, key)) continue;
    delete packages[key];
    await writeArea(area, packages);
    removed = true;
  }
  return removed;
}

/** Moves every package to local storage (keep) or back to session storage (forget on close). */
export function movePackages(keep: boolean): Promise<void> {
  return serialize(() => moveAll(keep));
}

async function moveAll(keep: boolean): Promise<void> {
  const from: Area = keep ? "session" : "local";
  const to: Area = keep ? "local" : "session";
  const moving = await readArea(from);
  const target = await readArea(to);
  for (const [key, entry] of Object.entries(moving))
    target[key] = { ...entry, summary: { ...entry.summary, kept: keep } };
  await writeArea(to, target);
  await writeArea(from, {});
}
