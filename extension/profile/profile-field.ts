import type { FormProfile, ProfileField } from "./form-profile";

/** The profile field of a figure, when the profile names one (its own key, never an inherited one). */
export function profileField(profile: FormProfile | undefined, id: string): ProfileField | undefined {
  const fields = profile?.fields;
  return fields !== undefined && Object.hasOwn(fields, id) ? fields[id] : undefined;
}
