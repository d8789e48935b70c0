import browser from "webextension-polyfill";
import { DEFAULT_LANG, LANGS } from "../../shared/messages/lang";
import type { Settings } from "../messages";
import { z } from "../zod";
import { serialize } from "./serialize";

const KEY = "settings";

const settingsSchema = z.object({
  keep: z.boolean().catch(false),
  lang: z.enum(LANGS).catch(DEFAULT_LANG),
});

/** The user's choices; Norwegian and session-only storage until the user says otherwise. */
export const DEFAULT_SETTINGS: Settings = { keep: false, lang: "nb" };

/** Reads the settings, falling back to the defaults member by member when stored data is bad. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  const parsed = settingsSchema.safeParse(stored[KEY] ?? {});
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

/** Changes some settings and answers all of them. */
export function saveSettings(change: Partial<Settings>): Promise<Settings> {
  return serialize(async () => {
    const settings = { ...(await loadSettings()), ...change };
    await browser.storage.local.set({ [KEY]: settings });
    return settings;
  });
}
