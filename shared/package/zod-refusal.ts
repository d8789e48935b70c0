import type { z } from "zod";
import type { PackageError } from "./package-error";

/** JSON's names for what zod expected, so messages can say it in words. */
function expectedType(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return issue.expected === "int" ? "integer" : String(issue.expected);
  if (issue.code === "invalid_union") return "number_or_text";
  return "valid";
}

/** Turns zod's first issue into the package error a user reads; `prefix` is the path zod was given. */
export function zodRefusal(error: z.ZodError, prefix = ""): PackageError {
  const issue = error.issues[0];
  const join = (parts: readonly PropertyKey[]) => [prefix, ...parts.map(String)].filter(Boolean).join(".");
  if (!issue) return { code: "package_shape", path: prefix, params: {} };
  if (issue.code === "unrecognized_keys") {
    const field = issue.keys[0] ?? "";
    const path = join([...issue.path, field]);
    return { code: "package_unknown_field", path, params: { field: prefix === "" ? path : field, path } };
  }
  const path = join(issue.path);
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return { code: "package_shape", path, params: { path, detail: "missing" } };
  }
  return { code: "package_type", path, params: { path, expected: expectedType(issue) } };
}
