import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

/** A measured figure: a number, or a group of them (such as `gzipKB.taskpane`). */
export type Measurement = number | Record<string, number>;

const RESULTS = resolve(import.meta.dirname, "results.json");

/**
 * Merges measured keys into `bench/results.json`, keeping what other measurement files wrote
 * (groups such as `gzipKB` are merged key by key).
 */
export function recordResults(results: Record<string, Measurement>): void {
  const current: Record<string, Measurement> = existsSync(RESULTS)
    ? JSON.parse(readFileSync(RESULTS, "utf8"))
    : {};
  for (const [key, value] of Object.entries(results)) {
    const before = current[key];
    current[key] = typeof value === "object" && typeof before === "object" ? { ...before, ...value } : value;
  }
  current.measuredAt = Date.now();
  writeFileSync(RESULTS, `${JSON.stringify(current, null, 2)}\n`);
}
