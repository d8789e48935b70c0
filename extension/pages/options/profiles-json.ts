import type { Lang } from "../../../shared/messages/lang";
import { describeProfileIssue, moreIssuesWords } from "../../i18n/profile-issue-words";
import type { FormProfile } from "../../profile/form-profile";
import { parseProfilesFile } from "../../profile/parse-profiles-file";

/** The profiles file the options page exports: `{ "profiles": [...] }`, the shape managed storage uses too. */
export function profilesJson(profiles: readonly FormProfile[]): string {
  return `${JSON.stringify({ profiles }, null, 2)}\n`;
}

/**
 * Reads a profiles file (`{ "profiles": [...] }`, a bare array, or one profile) all or nothing,
 * with the reader the worker and `try-form` use (profile/parse-profiles-file.ts): each refusal in
 * the page's language with where it is (profile, field, locator), and none is imported.
 */
export function parseProfilesJson(
  text: string,
  lang: Lang = "nb",
): { ok: true; profiles: FormProfile[] } | { ok: false; errors: string[] } {
  const read = parseProfilesFile(text);
  if (read.ok) return read;
  const errors = read.issues.map((issue) => describeProfileIssue(issue, lang));
  return { ok: false, errors: read.more > 0 ? [...errors, moreIssuesWords(read.more)[lang]] : errors };
}
