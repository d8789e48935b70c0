import { TEMPLATES } from "../templates/catalogue";
import type { FieldDef, TemplateDef, TemplateId } from "../templates/field";
import { findUnit, type ReportingUnit } from "./reporting-units";

/**
 * Who reports what is data, not a condition in code: a unit has one return profile, and the profile
 * says which templates are expected of it and which of their fields it is asked.
 *
 * - `trust`: every template, every field but those only the RHF's agreement management reports.
 * - `trust_without_beds` (Sunnaas, rehabilitation): no template that counts mental-health beds.
 * - `agreement_management` (Helse Sør-Øst RHF): only the private contracted providers' figures.
 */
export type ReturnProfile = "trust" | "trust_without_beds" | "agreement_management";

/** Fields only the RHF's agreement management reports (docs/domain.md: private contracted providers). */
export const AGREEMENT_FIELDS: ReadonlySet<string> = new Set(["beds.private_contracted_phv_adult"]);

/** Templates that count beds, which a unit without mental-health beds does not return. Ids of templates
 * not (yet) in the catalogue are harmless: only templates that exist are ever asked about. */
const BED_TEMPLATES: ReadonlySet<string> = new Set(["beds", "capacity_plan"]);

interface ProfileRule {
  expects: (template: TemplateId) => boolean;
  asks: (field: AskedField) => boolean;
}

/** What deciding whether a field is asked needs of it. */
type AskedField = Pick<FieldDef, "id" | "kind">;

const isIdentity = (field: AskedField) => field.kind === "org" || field.kind === "year";

const PROFILES: Readonly<Record<ReturnProfile, ProfileRule>> = {
  trust: { expects: () => true, asks: (field) => !AGREEMENT_FIELDS.has(field.id) },
  trust_without_beds: {
    expects: (template) => !BED_TEMPLATES.has(template),
    // Not asked what it is not expected to send: a bed figure from Sunnaas would be summed into the
    // regional total while status calls its return not expected.
    asks: (field) =>
      !AGREEMENT_FIELDS.has(field.id) &&
      (isIdentity(field) || !BED_TEMPLATES.has(field.id.split(".")[0] ?? "")),
  },
  agreement_management: {
    expects: (template) => TEMPLATES[template].fields.some((field) => AGREEMENT_FIELDS.has(field.id)),
    asks: (field) => isIdentity(field) || AGREEMENT_FIELDS.has(field.id),
  },
};

/** The return profile of a unit, read from its kind and whether it has mental-health beds. */
export function returnProfileOf(unit: ReportingUnit | undefined): ReturnProfile {
  if (unit?.kind === "rhf") return "agreement_management";
  return unit === undefined || unit.mentalHealthBeds ? "trust" : "trust_without_beds";
}

/** Whether a template is expected of a unit in the annual round (Sunnaas sends no beds). */
export function expectsTemplate(unit: ReportingUnit, template: TemplateId): boolean {
  return PROFILES[returnProfileOf(unit)].expects(template);
}

/** The templates of the catalogue expected of a unit, in catalogue order. */
export function expectedTemplates(unit: ReportingUnit): TemplateId[] {
  return (Object.keys(TEMPLATES) as TemplateId[]).filter((id) => expectsTemplate(unit, id));
}

/** Whether a field is asked of a unit (an unknown or absent unit is asked what a trust is asked). */
export function isAskedOf(field: AskedField, org: string | undefined): boolean {
  return PROFILES[returnProfileOf(org === undefined ? undefined : findUnit(org))].asks(field);
}

const asked = new Map<string, TemplateDef>();

/**
 * The template as a unit sees it: only the fields it is asked, and for the agreement management its
 * figures required (they are all it reports). Built once per template and profile.
 */
export function templateAskedOf(template: TemplateDef, org: string | undefined): TemplateDef {
  const profile = returnProfileOf(org === undefined ? undefined : findUnit(org));
  const key = `${template.id}@${template.version}:${profile}`;
  let found = asked.get(key);
  if (!found) {
    const rule = PROFILES[profile];
    const fields = template.fields
      .filter((field) => rule.asks(field))
      .map((field) =>
        profile === "agreement_management" && AGREEMENT_FIELDS.has(field.id)
          ? { ...field, required: true }
          : field,
      );
    found = fields.length === template.fields.length ? template : { ...template, fields };
    asked.set(key, found);
  }
  return found;
}
