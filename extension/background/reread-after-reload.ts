import browser from "webextension-polyfill";
import type { FillResult } from "../messages";
import { mergeFrames } from "./merge-frames";
import { openTabRun, results } from "./tab-run";
import { RELOAD_LIMITS, waitForReload } from "./wait-for-reload";

/**
 * The late read-back found a frame that no longer holds the fill: its document was loaded again
 * since, by something the fill could not foresee (a unit list whose own `change` listener reloads
 * the page with the unit's saved draft; adversary round 4, B11). What the fill wrote there is
 * gone, so the filled figures are read again on the page as it is now, as a check reads them: each
 * the page now shows otherwise, or not at all, is not kept, with what it shows. A tab that left
 * the page the user chose keeps none of them. Answers what each such figure's field shows.
 */
export async function rereadAfterReload(tabId: number, result: FillResult): Promise<Map<string, string>> {
  const filled = new Set(result.filled);
  const changed = new Map<string, string>();
  try {
    // A page still loading is neither the old one nor yet the new one: read once it has loaded.
    if ((await loadedTab(tabId)) !== "loaded") throw new Error("still loading");
    const run = await openTabRun({
      tabId,
      org: result.package.org,
      year: result.package.year,
      expect: { url: result.url, origin: result.origin },
    });
    const figures = run.figures.filter((figure) => filled.has(figure.id));
    const check = mergeFrames(results(await run.run({ mode: "check", figures, year: result.package.year })));
    for (const item of check.mismatched) changed.set(item.id, item.actual);
    for (const id of check.missing) if (filled.has(id)) changed.set(id, "");
  } catch {
    for (const id of filled) changed.set(id, "");
  }
  return changed;
}

/** Whether the tab has finished loading, waited for as long as a postback's load is (RELOAD_LIMITS). */
async function loadedTab(tabId: number): Promise<"loaded" | "timed_out"> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.status !== "loading") return "loaded";
  const seen = await waitForReload(tabId, { startMs: 0, loadMs: RELOAD_LIMITS.loadMs });
  return seen === "timed_out" ? "timed_out" : "loaded";
}
