import { findFillField } from "../fill-fields";
import { moreIssuesWords, profileIssueWords } from "../i18n/profile-issue-words";
import type { ProfileList, RequestOf, ResponseMap } from "../messages";
import { parseProfilesFile } from "../profile/parse-profiles-file";
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

/**
 * Saves a user profile (already checked by the request schema), replacing the one it was edited
 * from; a field id the catalogue does not know is refused, as an import refuses it.
 */
export async function saveProfile(request: RequestOf<"save-profile">): Promise<ProfileList> {
  const unknown = Object.keys(request.profile.fields).filter((id) => findFillField(id) === undefined);
  if (unknown.length > 0) throw new WorkerError("profile_unknown_field", unknown.join(", "));
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

/**
 * Saves every profile of a profiles file (`try-form --profile`), or none: the file is read by the
 * reader the options page's import uses, and each refusal answered in both languages. A profile
 * named as one of the administrator's is refused too, as `save-profile` refuses it.
 */
export async function importProfiles(
  request: RequestOf<"import-profiles">,
): Promise<ResponseMap["import-profiles"]> {
  const read = parseProfilesFile(request.text);
  if (!read.ok) {
    const errors = read.issues.map(profileIssueWords);
    return { saved: [], errors: read.more > 0 ? [...errors, moreIssuesWords(read.more)] : errors };
  }
  const managed = new Set((await loadManagedProfiles()).profiles.map((profile) => profile.name));
  const clash = read.profiles.find((profile) => managed.has(profile.name));
  if (clash) return { saved: [], errors: [readOnlyWords(clash.name)] };
  const names = new Set(read.profiles.map((profile) => profile.name));
  await serialize(async () => {
    const kept = (await loadUserProfiles()).filter((profile) => !names.has(profile.name));
    await saveUserProfiles([...kept, ...read.profiles].sort((a, b) => a.name.localeCompare(b.name, "nb")));
  });
  return { saved: [...names], errors: [] };
}

function readOnlyWords(name: string) {
  return {
    nb: `Profilen «${name}» er administratorens og kan ikke erstattes herfra.`,
    en: `The profile "${name}" is the administrator's and cannot be replaced from here.`,
  };
}
