import type { ProfileList, RequestOf } from "../messages";
import { loadManagedProfiles, loadUserProfiles, saveUserProfiles } from "../storage/profile-store";
import { serialize } from "../storage/serialize";
import { WorkerError } from "./worker-error";

/** The user's profiles, the administrator's (read-only) and what was wrong with the administrator's. */
export async function listProfiles(): Promise<ProfileList> {
  const managed = await loadManagedProfiles();
  return { profiles: await loadUserProfiles(), managed: managed.profiles, managedErrors: managed.errors };
}

async function refuseManaged(name: string): Promise<void> {
  const { profiles } = await loadManagedProfiles();
  if (profiles.some((profile) => profile.name === name)) throw new WorkerError("profile_read_only", name);
}

/** Saves a user profile (already checked by the request schema), replacing the one it was edited from. */
export async function saveProfile(request: RequestOf<"save-profile">): Promise<ProfileList> {
  await refuseManaged(request.profile.name);
  const replaced = new Set([request.profile.name, request.replaces ?? request.profile.name]);
  await serialize(async () => {
    const kept = (await loadUserProfiles()).filter((profile) => !replaced.has(profile.name));
    await saveUserProfiles([...kept, request.profile].sort((a, b) => a.name.localeCompare(b.name, "nb")));
  });
  return listProfiles();
}

/** Deletes a user profile; the administrator's cannot be deleted from the browser. */
export async function deleteProfile(request: RequestOf<"delete-profile">): Promise<ProfileList> {
  const own = await loadUserProfiles();
  if (!own.some((profile) => profile.name === request.name)) await refuseManaged(request.name);
  await serialize(async () => {
    const current = await loadUserProfiles();
    await saveUserProfiles(current.filter((profile) => profile.name !== request.name));
  });
  return listProfiles();
}
