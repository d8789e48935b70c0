import * as z from "zod/mini";

/** The envelope of a package: every member's JSON type, nothing more and nothing unknown. */
export const packageEnvelopeSchema = z.strictObject({
  format: z.string(),
  unit: z.strictObject({ org: z.string(), name: z.string() }),
  year: z.int(),
  templates: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.union([z.number(), z.string()])),
  notes: z.record(z.string(), z.string()),
  validation: z.optional(
    z.strictObject({
      errors: z.int().check(z.nonnegative()),
      warnings: z.int().check(z.nonnegative()),
      validatedAt: z.string(),
      validator: z.string(),
    }),
  ),
  digest: z.string(),
});

/** The envelope as parsed. */
export type PackageEnvelope = z.output<typeof packageEnvelopeSchema>;
