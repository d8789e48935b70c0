import type { z } from "../zod";

/** Zod's issues as `profiles[2].fields.beds.x.order: message`, the form the options page shows. */
export function issuePaths(error: z.ZodError, prefix: string): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
      .join("");
    const where = prefix ? `${prefix}${path}` : path.replace(/^\./, "");
    return `${where || "(root)"}: ${issue.message}`;
  });
}
