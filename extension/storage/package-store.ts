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
    summary: z.looseObject({ org: z.string(), year: z.number(), name: z.string(), fillable: z.boolean() }),
  }),
);

/** The key a package is stored under: one package per unit and year. */
export function packageKey(org: string, year: number): string {
  return `${org}-${year}`;
}

async function readArea(area: Area): Promise<Record<string, StoredPackage>> {
  const stored = await browser.storage[area].get(KEY);
  const parsed = storedSchema.safeParse(stored[KEY] ?? {});
  return parsed.success ? (parsed.data as unknown as Record<string, StoredPackage>) : {};
}

async function writeArea(area: Area, packages: Record<string, StoredPackage>): Promise<void> {
  await browser.storage[area].set({ [KEY]: packages });
}

/** Every imported package, session and kept ones together, sorted by unit name and year. */
export async function listPackages(): Promise<StoredPackage[]> {
  const all = { ...(await readArea("session")), ...(await readArea("local")) };
  return Object.values(all).sort(
    (a, b) => a.summary.name.localeCompare(b.summary.name, "nb") || a.summary.year - b.summary.year,
  );
}

/** The package of one unit and year, if imported. */
export async function findPackage(org: string, year: number): Promise<StoredPackage | undefined> {
  const key = packageKey(org, year);
  return (await readArea("local"))[key] ?? (await readArea("session"))[key];
}

/**
 * Stores a package in session storage, or in local storage when the user chose to keep packages
 * after the browser closes; answers whether it replaced one of the same unit and year.
 */
export function putPackage(entry: StoredPackage): Promise<boolean> {
  return serialize(async () => {
    const key = packageKey(entry.summary.org, entry.summary.year);
    const replaced = await removeKey(key);
    const area: Area = entry.summary.kept ? "local" : "session";
    const packages = await readArea(area);
    packages[key] = entry;
    await writeArea(area, packages);
    return replaced;
  });
}

/** Removes a package from wherever it is kept; answers whether there was one. */
export function removePackage(org: string, year: number): Promise<boolean> {
  return serialize(() => removeKey(packageKey(org, year)));
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
