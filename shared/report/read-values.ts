import { computeShare } from "../templates/compute-share";
import type { FieldDef } from "../templates/field";
import { KINDS } from "../templates/kinds";
import { type NumberReading, readNumber } from "./read-value";
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
  computeShares(values, fields);
  return values;
}

function readField(
  field: FieldDef,
  raw: ValidationInput["values"][string] | undefined,
  reading: (id: string) => NumberReading,
): number | string | undefined {
  return KINDS[field.kind].read(raw, () => reading(field.id));
}

/** Computed fields take the core's figure, whatever the cell says: a share is never typed. */
function computeShares(values: Record<string, number | string>, fields: readonly FieldDef[]): void {
  const number = (id: string) => (typeof values[id] === "number" ? values[id] : undefined);
  for (const field of fields) {
    if (!field.share) continue;
    const share = computeShare(field.share, number);
    if (share === undefined) delete values[field.id];
    else values[field.id] = share;
  }
}
