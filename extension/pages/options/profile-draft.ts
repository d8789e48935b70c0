import { originPattern } from "../../background/match-pattern";
import { type FieldLocator, type FormProfile, formProfileSchema } from "../../profile/form-profile";
import { issuePaths } from "../../storage/issue-paths";

/** How a field is found; the options page edits one way per field. */
export type FindBy = "selector" | "elementId" | "name" | "label";

/** One field row as edited: text inputs hold text until the profile is checked. */
export interface FieldDraft {
  key: number;
  field: string;
  by: FindBy;
  locator: string;
  order: string;
  reloads: boolean;
  decimal: "" | "comma" | "point";
  /** Other ways of finding the field a profile file carried, kept as they were. */
  rest: FieldLocator;
}

/** A profile as edited. */
export interface ProfileDraft {
  name: string;
  urlPattern: string;
  decimal: "comma" | "point";
  fields: FieldDraft[];
}

const FIND_ORDER: readonly FindBy[] = ["selector", "elementId", "name", "label"];
let nextKey = 1;

/** A new field row, empty or from what pointing at a field gave. */
export function fieldDraft(part: Partial<FieldDraft> = {}): FieldDraft {
  return {
    key: nextKey++,
    field: "",
    by: "elementId",
    locator: "",
    order: "",
    reloads: false,
    decimal: "",
    rest: {},
    ...part,
  };
}

/** A profile opened for editing. */
export function draftFromProfile(profile: FormProfile): ProfileDraft {
  const fields = Object.entries(profile.fields).map(([field, locator]) => {
    const by = FIND_ORDER.find((key) => locator[key] !== undefined) ?? "elementId";
    const { [by]: chosen, order, reloads, decimal, ...rest } = locator;
    return fieldDraft({
      field,
      by,
      locator: chosen === undefined ? "" : String(chosen),
      order: order === undefined ? "" : String(order),
      reloads: reloads ?? false,
      decimal: decimal ?? "",
      rest,
    });
  });
  return { name: profile.name, urlPattern: profile.urlPattern, decimal: profile.decimal, fields };
}

function locatorOf(draft: FieldDraft): Record<string, unknown> {
  const order = draft.order.trim() === "" ? undefined : Number(draft.order);
  return {
    ...draft.rest,
    [draft.by]: draft.locator.trim() || undefined,
    ...(order === undefined ? {} : { order }),
    ...(draft.reloads ? { reloads: true } : {}),
    ...(draft.decimal ? { decimal: draft.decimal } : {}),
  };
}

/**
 * The profile a draft describes, checked with the profile schema and the match-pattern grammar;
 * each problem as `path: message` (`fields.beds.tsb_total.order: …`) so the user sees where.
 */
export function profileFromDraft(
  draft: ProfileDraft,
): { ok: true; profile: FormProfile } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (!originPattern(draft.urlPattern))
    errors.push(`urlPattern: "${draft.urlPattern}" is not a match pattern`);
  const fields: Record<string, unknown> = {};
  draft.fields.forEach((row, index) => {
    if (row.field === "") errors.push(`fields[${index}]: no figure chosen`);
    else if (Object.hasOwn(fields, row.field)) errors.push(`fields.${row.field}: chosen twice`);
    else fields[row.field] = locatorOf(row);
  });
  const parsed = formProfileSchema.safeParse({ ...draft, fields });
  if (!parsed.success) errors.push(...issuePaths(parsed.error, ""));
  return parsed.success && errors.length === 0 ? { ok: true, profile: parsed.data } : { ok: false, errors };
}
