import type { FieldDef } from "../templates/field";
import { readDate, readNumber, readOrg } from "./read-value";
import type { ValidationInput } from "./validation-input";

/**
 * The values as read, ready for a package: numbers as numbers, the org. no. as nine digits, dates
 * as ISO text. Blank and unreadable values are left out (the report says why).
 */
export function readValues(
  input: ValidationInput,
  fields: readonly FieldDef[],
): Record<string, number | string> {
  const values: Record<string, number | string> = {};
  for (const field of fields) {
    const value = readField(field, input.values[field.id]);
    if (value !== undefined) values[field.id] = value;
  }
  return values;
}

function readField(
  field: FieldDef,
  raw: ValidationInput["values"][string] | undefined,
): number | string | undefined {
  if (field.kind === "org") return readOrg(raw);
  if (field.kind === "date") return readDate(raw);
  const reading = readNumber(raw);
  return reading.state === "number" ? reading.value : undefined;
}
