import type * as z from "zod/mini";
import type { PackageError } from "./package-error";

/** JSON's names for what zod expected, so messages can say it in words. */
function expectedType(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return issue.expected === "int" ? "integer" : String(issue.expected);
  if (issue.code === "invalid_union") return "number_or_text";
  return "valid";
}

/** Whether the member at `path` exists in the data zod judged (zod does not report the input by default). */
function present(data: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return false;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

/** Turns zod's first issue about `data` into the package error a user reads; `prefix` is data's path. */
export function zodRefusal(error: z.core.$ZodError, data: unknown, prefix = ""): PackageError {
  const issue = error.issues[0];
  const join = (parts: readonly PropertyKey[]) => [prefix, ...parts.map(String)].filter(Boolean).join(".");
  if (!issue) return { code: "package_type", path: prefix, params: { path: prefix, expected: "valid" } };
  if (issue.code === "unrecognized_keys") {
    const field = issue.keys[0] ?? "";
    const path = join([...issue.path, field]);
    return { code: "package_unknown_field", path, params: { field: prefix === "" ? path : field, path } };
  }
  const path = join(issue.path);
  if (issue.code === "invalid_type" && !present(data, issue.path)) {
    return { code: "package_missing_member", path, params: { path } };
  }
  return { code: "package_type", path, params: { path, expected: expectedType(issue) } };
}
