import type { FieldDef } from "../templates/field";
import { type NumberReading, readDate, readNumber, readOrg } from "./read-value";
import type { ValidationInput } from "./validation-input";

/**
 * The values as read, ready for a package: numbers as numbers, the org. no. as nine digits, dates
 * as ISO text. Blank and unreadable values are left out (the report says why). `reading` lets a
 * validation pass reuse the readings its rules already made.
 */
export function readValues(
  input: ValidationInput,
  fields: readonly FieldDef[],
  reading: (id: string) => NumberReading = (id) => readNumber(input.values[id]),
): Record<string, number | string> {
  const values: Record<string, number | string> = {};
  for (const field of fields) {
    const value = readField(field, input.values[field.id], reading);
    if (value !== undefined) values[field.id] = value;
  }
  return values;
}

function readField(
  field: FieldDef,
  raw: ValidationInput["values"][string] | undefined,
  reading: (id: string) => NumberReading,
): number | string | undefined {
  if (field.kind === "org") return readOrg(raw);
  if (field.kind === "date") return readDate(raw);
  const read = reading(field.id);
  return read.state === "number" ? read.value : undefined;
}
