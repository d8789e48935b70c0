import browser from "webextension-polyfill";
import { type FormProfile, formProfileSchema } from "../profile/form-profile";
import { issuePaths } from "./issue-paths";

const KEY = "profiles";

/** Profiles read from storage: those that passed the schema, and `path: message` for those that did not. */
export interface ProfilesRead {
  profiles: FormProfile[];
  errors: string[];
}

/** Checks a list of profiles one by one, so one bad profile does not hide the good ones. */
export function readProfiles(value: unknown, prefix: string): ProfilesRead {
  if (value === undefined) return { profiles: [], errors: [] };
  if (!Array.isArray(value)) return { profiles: [], errors: [`${prefix}: expected an array`] };
  const read: ProfilesRead = { profiles: [], errors: [] };
  value.forEach((item, index) => {
    const parsed = formProfileSchema.safeParse(item);
    if (parsed.success) read.profiles.push(parsed.data);
    else read.errors.push(...issuePaths(parsed.error, `${prefix}[${index}]`));
  });
  return read;
}

/** The user's own profiles (local storage); ones that no longer pass the schema are left out. */
export async function loadUserProfiles(): Promise<FormProfile[]> {
  const stored = await browser.storage.local.get(KEY);
  return readProfiles(stored[KEY], KEY).profiles;
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
    return readProfiles(stored[KEY], "managed.profiles");
  } catch {
    return { profiles: [], errors: [] };
  }
}
