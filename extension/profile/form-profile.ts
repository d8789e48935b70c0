import { z } from "zod";

/** How one field is found on a page; the first of selector, elementId, name, label that is set wins. */
export const fieldLocatorSchema = z.strictObject({
  selector: z.string().min(1).optional(),
  elementId: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  label: z.string().min(1).optional(),
  /** Overrides the profile's decimal style for this field. */
  decimal: z.enum(["comma", "point"]).optional(),
  /** Fields are filled in ascending order (default: catalogue order). */
  order: z.number().int().optional(),
  /** Changing this field makes the page reload (postback): filling resumes after the reload. */
  reloads: z.boolean().optional(),
});

/** An administrator's or user's description of one intranet form (DESIGN.md: "profiles"). */
export const formProfileSchema = z.strictObject({
  name: z.string().min(1),
  /** A match pattern such as `https://intranett.helse-sorost.no/skjema/*`. */
  urlPattern: z.string().min(1),
  decimal: z.enum(["comma", "point"]).default("comma"),
  fields: z.record(z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/), fieldLocatorSchema),
});

export type FieldLocator = z.infer<typeof fieldLocatorSchema>;
export type FormProfile = z.infer<typeof formProfileSchema>;
