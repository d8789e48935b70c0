import type { z } from "../zod";
import type { ProfileIssue, ProfileWhere } from "./profile-issue";
import { PROFILE_LIMITS } from "./profile-limits";

type ZodIssue = z.core.$ZodIssue;

/** The place a zod path inside one profile names: the field, the locator (from 1) and the member. */
function whereOf(base: ProfileWhere, path: readonly PropertyKey[]): ProfileWhere {
  const where: ProfileWhere = { ...base };
  const [first, field, third, locator, member] = path;
  if (first !== "fields") {
    if (first !== undefined) where.member = String(first);
    return where;
  }
  if (field !== undefined) where.field = String(field);
  if (third === "locators" && typeof locator === "number") {
    where.locator = locator + 1;
    if (member !== undefined) where.member = String(member);
  } else if (third !== undefined) where.member = String(third);
  return where;
}

/** The member an issue is about, if it is there at all (zod does not say). */
function memberAt(data: unknown, path: readonly PropertyKey[]): { value: unknown } | undefined {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return { value: at };
}

const EXPECTED: Readonly<Record<string, string>> = { int: "integer" };

/**
 * zod's issues about one profile (`data`, the profile as the file holds it) as refusals a user reads
 * in either language: what is wrong, and where (profile, field, locator, member). zod's own
 * messages are English and name its internals, so none of them is shown.
 */
export function zodProfileIssues(error: z.ZodError, data: unknown, base: ProfileWhere): ProfileIssue[] {
  return error.issues.map((issue) => profileIssueOf(issue, data, base));
}

function profileIssueOf(issue: ZodIssue, data: unknown, base: ProfileWhere): ProfileIssue {
  const where = whereOf(base, issue.path);
  switch (issue.code) {
    case "unrecognized_keys":
      return { code: "member_unknown", where, params: { member: issue.keys.join(", ") } };
    case "invalid_key":
      return { code: "field_id_form", where: { ...base }, params: { field: String(issue.path.at(-1)) } };
    case "invalid_type":
      return memberAt(data, issue.path)
        ? { code: "member_type", where, params: { expected: EXPECTED[issue.expected] ?? issue.expected } }
        : { code: "member_missing", where, params: {} };
    case "too_small":
    case "too_big":
      return sizeIssue(issue, memberAt(data, issue.path)?.value, where);
    case "invalid_value":
      return choiceIssue(issue.values.map(String), data, issue.path, where);
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options))
        return choiceIssue(issue.options.map(String), data, issue.path, where);
      return { code: "invalid", where, params: {} };
    case "custom":
      if (issue.params?.problem === "too_many_fields") {
        const params = { count: Number(issue.params.count), limit: PROFILE_LIMITS.fields };
        return { code: "too_many_fields", where: { ...base }, params };
      }
      return patternIssue(issue.params?.problem, where);
    default:
      return { code: "invalid", where, params: {} };
  }
}

function sizeIssue(
  issue: ZodIssue & { code: "too_small" | "too_big" },
  value: unknown,
  where: ProfileWhere,
): ProfileIssue {
  if (issue.origin === "string")
    return issue.code === "too_small"
      ? { code: "text_empty", where, params: {} }
      : { code: "text_too_long", where, params: { limit: Number(issue.maximum) } };
  if (issue.origin === "array" && issue.code === "too_big")
    return {
      code: "too_many_locators",
      where,
      params: { count: Array.isArray(value) ? value.length : 0, limit: Number(issue.maximum) },
    };
  // A number: the schema's bounds are fixed, so both are said (an order's are the safe integers).
  const [min, max] = NUMBER_RANGES[where.member ?? ""] ?? [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  return { code: "number_range", where, params: { min, max } };
}

/** The bounds of the profile's numbers (form-profile.ts): a locator's `year`; `order` is any safe integer. */
const NUMBER_RANGES: Readonly<Record<string, readonly [number, number]>> = { year: [1900, 2200] };

function choiceIssue(
  choices: string[],
  data: unknown,
  path: readonly PropertyKey[],
  where: ProfileWhere,
): ProfileIssue {
  const value = memberAt(data, path)?.value;
  const said = typeof value === "string" ? value : JSON.stringify(value ?? null);
  return { code: "choice", where, params: { value: said, choices: choices.join(", ") } };
}

function patternIssue(problem: unknown, where: ProfileWhere): ProfileIssue {
  if (problem === "wildcard_scheme") return { code: "pattern_wildcard_scheme", where, params: {} };
  if (problem === "wildcard_host") return { code: "pattern_wildcard_host", where, params: {} };
  return { code: "pattern_invalid", where, params: {} };
}
