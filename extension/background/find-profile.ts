import type { FormProfile } from "../profile/form-profile";
import { matchesPattern } from "../profile/match-pattern";
import { loadManagedProfiles, loadUserProfiles } from "../storage/profile-store";

/** The profile chosen for a page, and whether an administrator set it. */
export interface ChosenProfile {
  profile: FormProfile;
  managed: boolean;
}

/**
 * The profile for a page: the administrator's profiles first (they describe the official forms),
 * then the user's; among those, the first whose URL pattern matches.
 */
export async function findProfile(url: string): Promise<ChosenProfile | undefined> {
  const managed = (await loadManagedProfiles()).profiles.find((profile) =>
    matchesPattern(profile.urlPattern, url),
  );
  if (managed) return { profile: managed, managed: true };
  const own = (await loadUserProfiles()).find((profile) => matchesPattern(profile.urlPattern, url));
  return own ? { profile: own, managed: false } : undefined;
}
