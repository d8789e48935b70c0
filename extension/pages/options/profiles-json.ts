import { type FormProfile, formProfileSchema } from "../../profile/form-profile";
import { issuePaths } from "../../storage/issue-paths";
import { z } from "../../zod";

const fileSchema = z.strictObject({ profiles: z.array(formProfileSchema) });

/** The profiles file the options page exports: `{ "profiles": [...] }`, the shape managed storage uses too. */
export function profilesJson(profiles: readonly FormProfile[]): string {
  return `${JSON.stringify({ profiles }, null, 2)}\n`;
}

/**
 * Reads a profiles file (`{ "profiles": [...] }`, or a bare array) all or nothing: any error, with
 * its path (`profiles[1].fields.beds.x.order: …`), and none is imported.
 */
export function parseProfilesJson(
  text: string,
): { ok: true; profiles: FormProfile[] } | { ok: false; errors: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = fileSchema.safeParse(Array.isArray(value) ? { profiles: value } : value);
  return parsed.success
    ? { ok: true, profiles: parsed.data.profiles }
    : { ok: false, errors: issuePaths(parsed.error, "") };
}
