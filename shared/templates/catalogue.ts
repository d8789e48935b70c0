import { joinWords, type Lang } from "../messages/lang";
import { ACTIVITY } from "./activity";
import { BEDS } from "./beds";
import { CAPACITY_PLAN } from "./capacity-plan";
import type { FieldDef, TemplateDef } from "./field";
import { PLAN_STATUS } from "./plan-status";
import { STAFFING } from "./staffing";

/**
 * The one registry of templates, in the order their sheets appear in a workbook. A new template is
 * its own file and one line here; its id, name, fields and sheet follow from that file.
 */
const TEMPLATE_LIST = [BEDS, STAFFING, ACTIVITY, CAPACITY_PLAN, PLAN_STATUS] as const;

/** A template id, as the templates themselves spell it. */
export type TemplateId = (typeof TEMPLATE_LIST)[number]["id"];

/** Every template, keyed by id. */
export const TEMPLATES = Object.fromEntries(
  TEMPLATE_LIST.map((template) => [template.id, template]),
) as Readonly<Record<TemplateId, TemplateDef>>;

/** The template ids in the order sheets appear in a workbook (derived from the list above). */
export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATE_LIST.map((template) => template.id);

const FIELDS_BY_ID: ReadonlyMap<string, FieldDef> = new Map(
  TEMPLATE_LIST.flatMap((template) => template.fields.map((field) => [field.id, field] as const)),
);

/** Whether a string names a template. */
export function isTemplateId(value: string): value is TemplateId {
  return Object.hasOwn(TEMPLATES, value);
}

/** The catalogue entry for a field id, or undefined for an unknown id. */
export function findField(id: string): FieldDef | undefined {
  return FIELDS_BY_ID.get(id);
}

/** Every field of the catalogue, templates in workbook order. */
export function allFields(): FieldDef[] {
  return [...FIELDS_BY_ID.values()];
}

/** The template a field id belongs to, read from its prefix. */
export function templateOf(fieldId: string): TemplateId | undefined {
  const prefix = fieldId.split(".")[0] ?? "";
  return isTemplateId(prefix) ? prefix : undefined;
}

/** The template's short name in a language, as lists and messages show it. */
export function templateName(id: TemplateId, lang: Lang): string {
  return TEMPLATES[id].name[lang];
}

/** The templates' ids as a sentence lists them: `beds og staffing`, `beds and staffing`. */
export function templateIdList(lang: Lang): string {
  return joinWords(TEMPLATE_IDS, lang);
}

/** The templates asked for a reporting year, in workbook order: a template is not owed before its first year. */
export function templatesAskedIn(year: number): TemplateId[] {
  return TEMPLATE_IDS.filter((id) => (TEMPLATES[id].firstYear ?? Number.NEGATIVE_INFINITY) <= year);
}
