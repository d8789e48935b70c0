import { readJson } from "../../shared/package/read-json";
import { findFillField } from "../fill-fields";
import { type FormProfile, formProfileSchema } from "./form-profile";
import { jsonDepth, utf8Length } from "./json-extent";
import type { ProfileIssue, ProfileWhere } from "./profile-issue";
import { PROFILE_LIMITS } from "./profile-limits";
import { zodProfileIssues } from "./zod-profile-issues";

/** A profiles file read: every profile, or every refusal (at most `MAX_ISSUES`, and how many more). */
export type ProfilesFileRead =
  | { ok: true; profiles: FormProfile[] }
  | { ok: false; issues: ProfileIssue[]; more: number };

/** A file wrong everywhere is said in its first refusals; the rest are counted. */
const MAX_ISSUES = 20;
const FIELD_ID = /^(note\.)?[a-z_]+\.[a-z0-9_]+$/;

/**
 * Reads a profiles file all or nothing: the options page's export (`{"profiles":[…]}`), a bare
 * array of profiles, or one profile. The one reader of profile files: the options page's import,
 * the worker's `import-profiles` (which `npm run try-form --profile` sends) and tests use it. In
 * order, each before anything heavier reads the file: its size in bytes, how deep it nests
 * (counted without recursion), I-JSON (a syntax error with line and column, duplicate and prototype
 * keys: `__proto__` never reaches an object), the number of profiles, fields per profile and
 * locators per field (profile-limits.ts), field ids the catalogue does not know, then the profile
 * schema. Never throws.
 */
export function parseProfilesFile(text: string): ProfilesFileRead {
  const refused = (...issues: ProfileIssue[]): ProfilesFileRead => ({
    ok: false,
    issues: issues.slice(0, MAX_ISSUES),
    more: Math.max(0, issues.length - MAX_ISSUES),
  });
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return refused({ code: "file_empty", where: {}, params: {} });
  const bytes = utf8Length(body);
  if (bytes > PROFILE_LIMITS.bytes)
    return refused({ code: "file_too_large", where: {}, params: { bytes, limit: PROFILE_LIMITS.bytes } });
  const nesting = jsonDepth(body, PROFILE_LIMITS.depth);
  if (nesting.beyond) {
    const params = { depth: nesting.depth, limit: PROFILE_LIMITS.depth, ...nesting.beyond };
    return refused({ code: "file_too_deep", where: {}, params });
  }
  const json = readJson(body, PROFILE_LIMITS.depth);
  if (!json.ok) return refused(jsonIssue(json.error));
  const list = profilesOf(json.value);
  if (!Array.isArray(list)) return refused(list);
  if (list.length === 0) return refused({ code: "no_profiles", where: {}, params: {} });
  if (list.length > PROFILE_LIMITS.profiles) {
    const params = { count: list.length, limit: PROFILE_LIMITS.profiles };
    return refused({ code: "too_many_profiles", where: {}, params });
  }
  const profiles: FormProfile[] = [];
  const issues = list.flatMap((item, index) => {
    const read = readProfile(item, index + 1);
    if (read.profile) profiles.push(read.profile);
    return read.issues;
  });
  issues.push(...namesTwice(profiles));
  return issues.length === 0 ? { ok: true, profiles } : refused(...issues);
}

/** Profiles are told apart by name (saving one replaces the one of that name): a name used twice is refused. */
function namesTwice(profiles: readonly FormProfile[]): ProfileIssue[] {
  const seen = new Set<string>();
  return profiles.flatMap((profile, index) => {
    if (!seen.has(profile.name)) return seen.add(profile.name) && [];
    return [{ code: "name_twice", where: { profile: index + 1, name: profile.name }, params: {} }];
  });
}

/** The reader's refusal (shared/package/read-json.ts says it as a package's) as a profile file's. */
function jsonIssue(error: Extract<ReturnType<typeof readJson>, { ok: false }>["error"]): ProfileIssue {
  switch (error.code) {
    case "package_not_json":
      return { code: "not_json", where: {}, params: error.params };
    case "package_duplicate_key":
      return { code: "duplicate_key", where: {}, params: error.params };
    case "package_prototype_key":
      return { code: "prototype_key", where: {}, params: error.params };
    case "package_lone_surrogate":
      return { code: "lone_surrogate", where: {}, params: error.params };
    default:
      return { code: "invalid", where: {}, params: {} };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The file's profiles: `{"profiles":[…]}` (nothing else beside), a bare array, or one profile. */
function profilesOf(value: unknown): unknown[] | ProfileIssue {
  if (Array.isArray(value)) return value;
  if (!isRecord(value)) return { code: "file_shape", where: {}, params: {} };
  if (!Object.hasOwn(value, "profiles")) return [value];
  const others = Object.keys(value).filter((key) => key !== "profiles");
  if (others.length > 0) return { code: "member_unknown", where: {}, params: { member: others.join(", ") } };
  return Array.isArray(value.profiles) ? value.profiles : { code: "file_shape", where: {}, params: {} };
}

/** One profile: its counts and field ids first, then the schema. */
function readProfile(item: unknown, place: number): { profile?: FormProfile; issues: ProfileIssue[] } {
  if (!isRecord(item)) return { issues: [{ code: "not_a_profile", where: { profile: place }, params: {} }] };
  const where: ProfileWhere = { profile: place };
  if (typeof item.name === "string" && item.name !== "") where.name = item.name;
  const fields = isRecord(item.fields) ? item.fields : {};
  const ids = Object.keys(fields);
  if (ids.length > PROFILE_LIMITS.fields) {
    const params = { count: ids.length, limit: PROFILE_LIMITS.fields };
    return { issues: [{ code: "too_many_fields", where, params }] };
  }
  const issues = ids.flatMap((id) => fieldIssues(id, fields[id], where));
  if (issues.length > 0) return { issues };
  const parsed = formProfileSchema.safeParse(item);
  return parsed.success
    ? { profile: parsed.data, issues: [] }
    : { issues: zodProfileIssues(parsed.error, item, where) };
}

/** A field id the catalogue does not know, and more locators than a field may have. */
function fieldIssues(id: string, field: unknown, base: ProfileWhere): ProfileIssue[] {
  const where = { ...base, field: id };
  if (FIELD_ID.test(id) && findFillField(id) === undefined)
    return [{ code: "unknown_field", where, params: { field: id } }];
  const locators = isRecord(field) ? field.locators : undefined;
  if (Array.isArray(locators) && locators.length > PROFILE_LIMITS.locators) {
    const params = { count: locators.length, limit: PROFILE_LIMITS.locators };
    return [{ code: "too_many_locators", where, params }];
  }
  return [];
}
