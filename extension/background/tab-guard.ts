import browser from "webextension-polyfill";
import type { FormProfile } from "../profile/form-profile";
import { matchesPattern } from "../profile/match-pattern";

/** What the popup showed the user when they clicked: filling goes only where that still holds. */
export interface ExpectedPage {
  /** The address the popup showed. */
  url: string;
  /** Its origin (`https://intranett.helse-sorost.no`). */
  origin: string;
}

/** The origin of an address, or "" when it has none a form could be on. */
export function originOf(url: string): string {
  if (!URL.canParse(url)) return "";
  const parsed = new URL(url);
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : "";
}

/**
 * Whether the tab is still where the user chose to fill: the same origin the popup showed and,
 * with a profile, an address under its pattern. Checked before every run in the tab and after
 * every reload: a postback or a redirect that took the tab elsewhere stops the fill, so the
 * waiting figures are never written into a page the user did not choose. A tab whose address
 * the browser no longer reveals (access lost on navigation) counts as moved.
 */
export async function isStillExpected(
  tabId: number,
  expected: ExpectedPage,
  profile: FormProfile | undefined,
): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url ?? "";
  if (url === "" || originOf(url) !== expected.origin) return false;
  return profile === undefined || matchesPattern(profile.urlPattern, url);
}
