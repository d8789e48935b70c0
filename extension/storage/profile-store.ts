import browser from "webextension-polyfill";
import type { Words } from "../../shared/messages/lang";
import { profileIssueWords } from "../i18n/profile-issue-words";
import { type FormProfile, formProfileSchema } from "../profile/form-profile";
import { PROFILE_LIMITS } from "../profile/profile-limits";
import { zodProfileIssues } from "../profile/zod-profile-issues";

const KEY = "profiles";

/** Profiles read from storage: those that passed the schema, and each refusal of those that did not, in both languages. */
export interface ProfilesRead {
  profiles: FormProfile[];
  errors: Words[];
}

const NOT_A_LIST: Words = {
  nb: "Profilene er ikke en liste (JSON-array) med profiler.",
  en: "The profiles are not a list (JSON array) of profiles.",
};
const TOO_MANY = (count: number, limit: number): Words => ({
  nb: `Det er ${count} profiler; bare de første ${limit} leses.`,
  en: `There are ${count} profiles; only the first ${limit} are read.`,
});

/**
 * Checks a list of profiles one by one, so one bad profile does not hide the good ones; each
 * refusal says where (profile no. and name, field, locator) and what, as an import's do. Only the
 * first `limit` are read: a policy's list is bounded (PROFILE_LIMITS), the user's own never is —
 * what is read is written back on the next save, so a bound there would delete the rest.
 */
export function readProfiles(value: unknown, limit = Number.POSITIVE_INFINITY): ProfilesRead {
  if (value === undefined) return { profiles: [], errors: [] };
  if (!Array.isArray(value)) return { profiles: [], errors: [NOT_A_LIST] };
  const read: ProfilesRead = { profiles: [], errors: [] };
  if (value.length > limit) read.errors.push(TOO_MANY(value.length, limit));
  value.slice(0, limit).forEach((item, index) => {
    const parsed = formProfileSchema.safeParse(item);
    if (parsed.success) read.profiles.push(parsed.data);
    else {
      const name = (item as { name?: unknown } | null)?.name;
      const where = { profile: index + 1, ...(typeof name === "string" && name !== "" ? { name } : {}) };
      read.errors.push(...zodProfileIssues(parsed.error, item, where).map(profileIssueWords));
    }
  });
  return read;
}

/** The user's own profiles (local storage); ones that no longer pass the schema are left out. */
export async function loadUserProfiles(): Promise<FormProfile[]> {
  const stored = await browser.storage.local.get(KEY);
  return readProfiles(stored[KEY]).profiles;
}

/** Replaces the user's profiles. */
export async function saveUserProfiles(profiles: readonly FormProfile[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: profiles });
}

/**
 * The administrator's profiles from managed storage (an Edge/Chrome policy). Reading it fails when
 * no policy or schema exists (Firefox without a policies file): that is no profiles, not an error.
 */
export async function loadManagedProfiles(): Promise<ProfilesRead> {
  try {
    const stored = await browser.storage.managed.get(KEY);
    return readProfiles(stored[KEY], PROFILE_LIMITS.profiles);
  } catch {
    return { profiles: [], errors: [] };
  }
}
