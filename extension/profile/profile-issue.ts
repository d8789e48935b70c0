import type { ParamKind, ParamsOf } from "../../shared/report/param-kinds";

/**
 * Why a profiles file, or one of its profiles, is refused, with the kind of each parameter (as the
 * core's package errors are: shared/package/package-error.ts). The words are in
 * `extension/i18n/profile-issue-words.ts`, Norwegian first; nothing of a refused file is imported.
 */
export const PROFILE_ISSUE_PARAMS = {
  file_empty: {},
  file_too_large: { bytes: "count", limit: "count" },
  file_too_deep: { depth: "count", limit: "count", line: "position", column: "position" },
  not_json: { line: "position", column: "position", found: "text" },
  duplicate_key: { key: "text", path: "path" },
  prototype_key: { key: "text", path: "path" },
  lone_surrogate: { path: "path" },
  file_shape: {},
  no_profiles: {},
  too_many_profiles: { count: "count", limit: "count" },
  not_a_profile: {},
  name_twice: {},
  too_many_fields: { count: "count", limit: "count" },
  too_many_locators: { count: "count", limit: "count" },
  field_id_form: { field: "text" },
  unknown_field: { field: "text" },
  member_missing: {},
  member_unknown: { member: "text" },
  member_type: { expected: "jsonType" },
  text_empty: {},
  text_too_long: { limit: "count" },
  number_range: { min: "count", max: "count" },
  choice: { value: "text", choices: "text" },
  pattern_invalid: {},
  pattern_wildcard_scheme: {},
  pattern_wildcard_host: {},
  invalid: {},
} as const satisfies Record<string, Record<string, ParamKind>>;

/** Why a profile is refused; each has words in both languages. */
export type ProfileIssueCode = keyof typeof PROFILE_ISSUE_PARAMS;

/**
 * Where in the file: the profile (its place, counted from 1, and its name when it has one), the
 * field id, the locator (counted from 1) and the member (`order`, `urlPattern`, `path` …).
 */
export interface ProfileWhere {
  profile?: number;
  name?: string;
  field?: string;
  locator?: number;
  member?: string;
}

/** One refusal as data: code, place, parameters. */
export type ProfileIssue = {
  [C in ProfileIssueCode]: {
    code: C;
    where: ProfileWhere;
    params: ParamsOf<(typeof PROFILE_ISSUE_PARAMS)[C]>;
  };
}[ProfileIssueCode];
