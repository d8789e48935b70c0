import browser from "webextension-polyfill";
import type { RequestOf, TabInfo } from "../messages";
import { originPattern } from "../profile/match-pattern";
import { loadTabResult } from "../storage/tab-results";
import { pageClaim } from "./check-identity";
import type { ChosenProfile } from "./find-profile";
import { findProfile } from "./find-profile";
import { chooseFrames, probeFrames } from "./probe-frames";
import { resolveTab } from "./resolve-tab";
import { originOf } from "./tab-guard";

/**
 * What the popup shows about the open tab: its profile, the origin still to be granted for that
 * profile (asked for on the user's click), and the last result, which may have been finished
 * after a reload while the popup was closed.
 */
export async function tabInfo(request: RequestOf<"tab-info">): Promise<TabInfo> {
  const tab = await resolveTab(request.tabId);
  const info: TabInfo = { tabId: tab.id, url: tab.url, origin: originOf(tab.url) };
  const chosen = tab.url ? await findProfile(tab.url) : undefined;
  if (chosen) {
    info.profile = { name: chosen.profile.name, managed: chosen.managed };
    const origin = originPattern(chosen.profile.urlPattern);
    if (origin && !(await browser.permissions.contains({ origins: [origin] }))) info.needsOrigin = origin;
  }
  if (info.origin !== "") {
    const claim = await claimOf(tab.id, chosen);
    if (claim.org !== undefined || claim.year !== undefined) info.pageClaim = claim;
  }
  // A result of another site is not this page's: it is shown only while the tab is on its origin.
  const lastResult = await loadTabResult(tab.id);
  if (lastResult && lastResult.origin === info.origin) info.lastResult = lastResult;
  return info;
}

/** What the page names as its unit and year; nothing when the page cannot be read. */
async function claimOf(
  tabId: number,
  chosen: ChosenProfile | undefined,
): Promise<{ org?: string; year?: number }> {
  try {
    const { frames } = chooseFrames(await probeFrames(tabId), chosen?.profile);
    return await pageClaim(tabId, frames);
  } catch {
    return {};
  }
}
