import { z } from "../zod";
import { patternProblem } from "./match-pattern";
import { migrateLegacyField } from "./migrate-legacy-field";
import { PROFILE_LIMITS } from "./profile-limits";

const text = z.string().min(1).max(500);

/**
 * One way of finding a field on a page. A field carries several, tried in order, so a form that
 * gains a field or renames an id still finds it: its label (with the section heading it sits
 * under), its `name`, a stable `id` (never one a UI library generated: generated-id.ts), its ARIA
 * role and accessible name, a CSS path from the form's root (` >>> ` steps into an open shadow
 * root). A CSS path says only where a field was, so pointing records with it what the field read
 * then (`label`, `section`): a path that now reaches a field reading otherwise is refused
 * (content/locate-locators.ts).
 */
/**
 * The report's year the texts of a locator were recorded in: a year in them is read relative to it
 * (profile/report-year.ts), so a column "2025" picked for 2025's report is "2026" for 2026's.
 * Without it, texts are matched as written.
 */
const year = z.number().int().min(1900).max(2200).optional();

export const locatorSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("label"), label: text, section: text.optional(), year }),
  z.strictObject({ kind: z.literal("name"), name: text }),
  z.strictObject({ kind: z.literal("id"), id: text }),
  z.strictObject({ kind: z.literal("role"), role: z.string().min(1).max(40), name: text, year }),
  z.strictObject({
    kind: z.literal("css"),
    path: z.string().min(1).max(2000),
    label: z.string().max(500).optional(),
    section: z.string().max(1000).optional(),
    year,
  }),
]);

const fieldOptions = {
  /** Overrides the profile's decimal style for this field. */
  decimal: z.enum(["comma", "point"]).optional(),
  /** Fields are filled in ascending order (default: catalogue order), reloading ones included. */
  order: z.number().int().optional(),
  /** Changing this field makes the page reload (postback): filling resumes after the reload. */
  reloads: z.boolean().optional(),
};

/** How one field of a profile is found and filled. */
export const profileFieldSchema = z.strictObject({
  /** Tried in order; the first that finds exactly one fillable control wins. */
  locators: z.array(locatorSchema).max(PROFILE_LIMITS.locators),
  ...fieldOptions,
});

// Profiles written before locators (selector / elementId / name / label) are still read:
// exported files and managed policies keep working, migrated on reading.
const fieldSchema = z.preprocess(migrateLegacyField, profileFieldSchema);

/** A match pattern naming one site's forms: never a `*` scheme or host (match-pattern.ts). */
const urlPatternSchema = z
  .string()
  .min(1)
  .max(2000)
  .superRefine((pattern, context) => {
    const problem = patternProblem(pattern);
    if (problem)
      context.addIssue({ code: "custom", message: PATTERN_MESSAGES[problem], params: { problem } });
  });

const PATTERN_MESSAGES = {
  not_a_pattern: "ikke et adressemønster / not a match pattern",
  wildcard_scheme: "* som skjema er ikke tillatt: skriv https:// / a * scheme is not allowed: write https://",
  wildcard_host:
    "* som vert er ikke tillatt: skriv intranettets vertsnavn / a * host is not allowed: name the intranet's host",
} as const;

/** An administrator's or user's description of one intranet form (docs/extension.md: "Profiles"). */
export const formProfileSchema = z.strictObject({
  name: z.string().min(1).max(200),
  /** A match pattern such as `https://intranett.helse-sorost.no/skjema/*`. */
  urlPattern: urlPatternSchema,
  decimal: z.enum(["comma", "point"]).default("comma"),
  // A message or a stored profile bounded as a file is (profile-limits.ts; a file is counted
  // before its fields are read: profile/parse-profiles-file.ts).
  fields: z
    .record(z.string().regex(/^(note\.)?[a-z_]+\.[a-z0-9_]+$/), fieldSchema)
    .superRefine((fields, context) => {
      const count = Object.keys(fields).length;
      if (count > PROFILE_LIMITS.fields)
        context.addIssue({
          code: "custom",
          message: "too_many_fields",
          params: { problem: "too_many_fields", count },
        });
    }),
});

/** One way of finding a field. */
export type Locator = z.infer<typeof locatorSchema>;
/** A field of a profile as read: its locators and options. */
export type ProfileField = z.output<typeof profileFieldSchema>;
/** A profile as read (old fields migrated to locators). */
export type FormProfile = z.output<typeof formProfileSchema>;
/** A profile as it may be written: fields with locators, or in the shape before them. */
export type FormProfileInput = z.input<typeof formProfileSchema>;
