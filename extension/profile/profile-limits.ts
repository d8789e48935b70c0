/**
 * The bounds of a profiles file and of one profile (docs/extension.md, "Limits of a profiles
 * file"). Each is far above any real form: the catalogue has about two hundred field ids with their
 * notes, a profile made by pointing keeps at most eight ways of finding a field, and the format
 * itself nests seven levels deep. Beyond them a file is refused, with the limit and the file's own
 * figure, before any schema reads it, so no file can overflow the stack or make a fill crawl.
 */
export const PROFILE_LIMITS = {
  /** A profiles file, in UTF-8 bytes. */
  bytes: 4_000_000,
  /** Objects and arrays inside each other: `{profiles:[{fields:{id:{locators:[{…}]}}}]}` is 7. */
  depth: 8,
  /** Profiles in one file. */
  profiles: 200,
  /** Fields of one profile (figures and their notes). */
  fields: 500,
  /** Ways of finding one field. */
  locators: 8,
} as const;
