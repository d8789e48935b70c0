import { BEDS } from "./beds";
import type { FieldDef, TemplateDef, TemplateId } from "./field";
import { STAFFING } from "./staffing";

/** Every template, keyed by id; a new template is a compile error until it is listed here. */
export const TEMPLATES: Readonly<Record<TemplateId, TemplateDef>> = { beds: BEDS, staffing: STAFFING };

/** The template ids in the order sheets appear in a workbook. */
export const TEMPLATE_IDS: readonly TemplateId[] = ["beds", "staffing"];

const FIELDS_BY_ID: ReadonlyMap<string, FieldDef> = new Map(
  TEMPLATE_IDS.flatMap((id) => TEMPLATES[id].fields.map((field) => [field.id, field] as const)),
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
