import { profileIssueWords } from "../../i18n/profile-issue-words";
import { type FormProfile, formProfileSchema, type Locator } from "../../profile/form-profile";
import { zodProfileIssues } from "../../profile/zod-profile-issues";

/** One way of finding a field as edited: `value` is the label, name, id, role name or CSS path. */
export interface LocatorDraft {
  key: number;
  kind: Locator["kind"];
  value: string;
  /** The section heading of a label, or the ARIA role of a role locator; unused by the others. */
  extra: string;
  /** For a CSS path made by pointing: what the field read then, kept so the path stays checked. */
  recorded?: { label: string; section: string };
  /**
   * The report's year the texts were recorded in (profile/report-year.ts), as pointing gave it or the
   * profile stored it: kept through editing, so a column "2024" picked for 2024 is looked for as
   * "2025" in 2025 and not written as a bare "2024" (adversary-6 D16).
   */
  year?: number;
}

/** One field row as edited: text inputs hold text until the profile is checked. */
export interface FieldDraft {
  key: number;
  field: string;
  locators: LocatorDraft[];
  order: string;
  reloads: boolean;
  decimal: "" | "comma" | "point";
}

/** A profile as edited. */
export interface ProfileDraft {
  name: string;
  urlPattern: string;
  decimal: "comma" | "point";
  fields: FieldDraft[];
}

let nextKey = 1;

/** A locator row, empty (a label to type) or from a stored locator. */
export function locatorDraft(locator?: Locator): LocatorDraft {
  const key = nextKey++;
  if (locator === undefined) return { key, kind: "label", value: "", extra: "" };
  const year = "year" in locator && locator.year !== undefined ? { year: locator.year } : {};
  switch (locator.kind) {
    case "label":
      return { key, kind: "label", value: locator.label, extra: locator.section ?? "", ...year };
    case "role":
      return { key, kind: "role", value: locator.name, extra: locator.role, ...year };
    case "name":
      return { key, kind: "name", value: locator.name, extra: "" };
    case "id":
      return { key, kind: "id", value: locator.id, extra: "" };
    case "css": {
      const { label, section } = locator;
      const recorded = label === undefined ? {} : { recorded: { label, section: section ?? "" } };
      return { key, kind: "css", value: locator.path, extra: "", ...recorded, ...year };
    }
  }
}

/** A new field row, empty or from what pointing at a field gave. */
export function fieldDraft(part: Partial<FieldDraft> = {}): FieldDraft {
  return { key: nextKey++, field: "", locators: [], order: "", reloads: false, decimal: "", ...part };
}

/** A profile opened for editing. */
export function draftFromProfile(profile: FormProfile): ProfileDraft {
  const fields = Object.entries(profile.fields).map(([field, entry]) =>
    fieldDraft({
      field,
      locators: entry.locators.map(locatorDraft),
      order: entry.order === undefined ? "" : String(entry.order),
      reloads: entry.reloads ?? false,
      decimal: entry.decimal ?? "",
    }),
  );
  return { name: profile.name, urlPattern: profile.urlPattern, decimal: profile.decimal, fields };
}

/** The locator a row describes, or undefined when its value is left empty. */
function locatorOf(draft: LocatorDraft): Locator | undefined {
  const value = draft.value.trim();
  const extra = draft.extra.trim();
  if (value === "") return undefined;
  // A name or an id has no texts a year is read in: the year goes only with the kinds that do.
  const year = draft.year === undefined ? {} : { year: draft.year };
  switch (draft.kind) {
    case "label":
      return { kind: "label", label: value, ...(extra ? { section: extra } : {}), ...year };
    case "role":
      return { kind: "role", role: extra, name: value, ...year };
    case "name":
      return { kind: "name", name: value };
    case "id":
      return { kind: "id", id: value };
    case "css":
      return { kind: "css", path: value, ...draft.recorded, ...year };
  }
}

function fieldOf(draft: FieldDraft): Record<string, unknown> {
  const order = draft.order.trim() === "" ? undefined : Number(draft.order);
  return {
    locators: draft.locators.map(locatorOf).filter((locator) => locator !== undefined),
    ...(order === undefined ? {} : { order }),
    ...(draft.reloads ? { reloads: true } : {}),
    ...(draft.decimal ? { decimal: draft.decimal } : {}),
  };
}

/**
 * The profile a draft describes, checked with the profile schema (the pattern's grammar and its
 * refusal of `*` hosts and schemes included); each problem as `path: message`
 * (`fields.beds.tsb_total.order: …`) so the user sees where.
 */
export function profileFromDraft(
  draft: ProfileDraft,
): { ok: true; profile: FormProfile } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const fields: Record<string, Record<string, unknown>> = {};
  draft.fields.forEach((row, index) => {
    if (row.field === "") errors.push(`fields[${index}]: ${NO_FIGURE}`);
    else if (Object.hasOwn(fields, row.field)) errors.push(`fields.${row.field}: ${TWICE}`);
    else fields[row.field] = fieldOf(row);
  });
  for (const [id, field] of Object.entries(fields))
    if ((field.locators as unknown[]).length === 0) errors.push(`fields.${id}: ${NO_LOCATOR}`);
  const candidate = { ...draft, fields };
  const parsed = formProfileSchema.safeParse(candidate);
  // Where and what, as an import's refusals say it (nb / en, as this editor's own words are).
  if (!parsed.success)
    for (const issue of zodProfileIssues(parsed.error, candidate, {})) {
      const words = profileIssueWords(issue);
      errors.push(`${words.nb} / ${words.en}`);
    }
  return parsed.success && errors.length === 0 ? { ok: true, profile: parsed.data } : { ok: false, errors };
}

const NO_FIGURE = "intet tall valgt / no figure chosen";
const TWICE = "valgt to ganger / chosen twice";
const NO_LOCATOR = "ingen måte å finne feltet på / no way of finding the field";
