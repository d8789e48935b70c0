import type * as z from "zod/mini";
import type { PackageError } from "./package-error";

/** JSON's names for what zod expected, so messages can say it in words. */
function expectedType(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return issue.expected === "int" ? "integer" : String(issue.expected);
  if (issue.code === "invalid_union") return "number_or_text";
  return "valid";
}

/** The member at `path` in the data zod judged, if it exists (zod does not report the input by default). */
function memberAt(data: unknown, path: readonly PropertyKey[]): { value: unknown } | undefined {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return { value: at };
}

/**
 * Turns zod's issues about `data` into the package error a user reads: the first issue in full, the
 * paths of the others in `also`; `prefix` is data's path.
 */
export function zodRefusal(error: z.core.$ZodError, data: unknown, prefix = ""): PackageError {
  const join = (parts: readonly PropertyKey[]) => [prefix, ...parts.map(String)].filter(Boolean).join(".");
  const [first, ...rest] = error.issues;
  if (!first) return { code: "package_type", path: prefix, params: { path: prefix, expected: "valid" } };
  const refusal = refusalOf(first, data, join);
  const also = [...new Set(rest.map((issue) => pathOf(issue, join)))].filter((path) => path !== refusal.path);
  return also.length > 0 ? { ...refusal, also } : refusal;
}

function pathOf(issue: z.core.$ZodIssue, join: (parts: readonly PropertyKey[]) => string): string {
  return issue.code === "unrecognized_keys" ? join([...issue.path, issue.keys[0] ?? ""]) : join(issue.path);
}

function refusalOf(
  issue: z.core.$ZodIssue,
  data: unknown,
  join: (parts: readonly PropertyKey[]) => string,
): PackageError {
  const path = pathOf(issue, join);
  if (issue.code === "unrecognized_keys") {
    const field = issue.keys[0] ?? "";
    return { code: "package_unknown_field", path, params: { field: join([]) === "" ? path : field, path } };
  }
  const member = memberAt(data, issue.path);
  if (issue.code === "invalid_type" && !member)
    return { code: "package_missing_member", path, params: { path } };
  if (issue.code === "invalid_value" && member) {
    const choices = issue.values.map(String).join(", ");
    return { code: "package_choice", path, params: { path, value: String(member.value), choices } };
  }
  return { code: "package_type", path, params: { path, expected: expectedType(issue) } };
}
