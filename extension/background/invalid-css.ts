import type { FigureRow } from "../messages";
import type { FormProfile } from "../profile/form-profile";
import { callContent } from "./call-content";
import type { ReachedFrame } from "./probe-frames";

/** A profile's CSS locator that does not parse: its number in the field's list (from 1) and its text. */
export interface InvalidCss {
  locator: number;
  path: string;
}

const OUT_OF_REACH: ReadonlySet<FigureRow["outcome"]> = new Set(["filled", "matched", "planned", "pending"]);

/**
 * The rows a profile did not fill, each with those of its field's CSS locators whose selector
 * does not parse (`input[`), so the report names the profile's fault instead of "not found". Only
 * the browser's own parser can tell, and the worker has none: the paths are asked of
 * profile-tools.js in the top frame (a selector's syntax is the same in every frame), only when
 * such a row has a CSS locator, so a fill that found everything injects nothing more. A frame that
 * cannot be probed or asked leaves the rows as they are: this never throws, since a fill calls it
 * after writing the page, and its result must be kept and shown whatever (fill-tab.ts).
 */
export async function nameInvalidCss(
  tabId: number,
  frames: () => Promise<readonly ReachedFrame[]>,
  profile: FormProfile,
  rows: FigureRow[],
): Promise<FigureRow[]> {
  const asked = rows.flatMap((row) => (OUT_OF_REACH.has(row.outcome) ? [] : cssOf(profile, row)));
  const paths = [...new Set(asked.map((entry) => entry.path))];
  if (paths.length === 0) return rows;
  const invalid = await invalidPaths(tabId, frames, paths);
  if (invalid.size === 0) return rows;
  return rows.map((row) => {
    if (OUT_OF_REACH.has(row.outcome)) return row;
    const found = cssOf(profile, row).filter((entry) => invalid.has(entry.path));
    return found.length === 0
      ? row
      : { ...row, invalidCss: found.map(({ locator, path }) => ({ locator, path })) };
  });
}

function cssOf(profile: FormProfile, row: FigureRow): InvalidCss[] {
  return row.ids.flatMap((id) =>
    (Object.hasOwn(profile.fields, id) ? (profile.fields[id]?.locators ?? []) : []).flatMap(
      (locator, index) => (locator.kind === "css" ? [{ locator: index + 1, path: locator.path }] : []),
    ),
  );
}

async function invalidPaths(
  tabId: number,
  frames: () => Promise<readonly ReachedFrame[]>,
  paths: string[],
): Promise<Set<string>> {
  try {
    const [answer] = await callContent(tabId, (await frames()).slice(0, 1), "invalidSelectors", paths);
    const result = answer?.result;
    if (!Array.isArray(result) || result.length !== paths.length) return new Set();
    return new Set(paths.filter((_, index) => result[index] === true));
  } catch {
    return new Set();
  }
}
