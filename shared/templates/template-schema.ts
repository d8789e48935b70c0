import * as z from "zod/mini";
import { TEMPLATES } from "./catalogue";
import type { FieldDef, TemplateId } from "./field";
import { KIND_SCHEMAS } from "./kind-schemas";

/**
 * The JSON type a field's value has in a package (its kind says: text for the org. no., ISO dates and
 * status codes, a number for the year and every figure). Bounds, steps and sums are the rules' business, not the schema's: a
 * figure out of range is a finding the user can fix, a string in a number's place is a broken file.
 */
export function fieldValueSchema(field: FieldDef): z.ZodMiniType<string | number> {
  return KIND_SCHEMAS[field.kind]();
}

/** A template's values as a strict zod object: every field optional, nothing else allowed. */
export function templateValuesSchema(id: TemplateId) {
  const shape = Object.fromEntries(
    TEMPLATES[id].fields.map((field) => [field.id, z.optional(fieldValueSchema(field))]),
  );
  return z.strictObject(shape);
}

const valuesSchemas = new Map<string, ReturnType<typeof buildValuesSchema>>();

/** The values of several templates in one object, as a package carries them (built once per set). */
export function valuesSchema(ids: readonly TemplateId[]) {
  const key = [...ids].sort().join(",");
  let schema = valuesSchemas.get(key);
  if (!schema) {
    schema = buildValuesSchema(ids);
    valuesSchemas.set(key, schema);
  }
  return schema;
}

function buildValuesSchema(ids: readonly TemplateId[]) {
  const shape = Object.fromEntries(
    ids.flatMap((id) => TEMPLATES[id].fields.map((field) => [field.id, z.optional(fieldValueSchema(field))])),
  );
  return z.strictObject(shape);
}
