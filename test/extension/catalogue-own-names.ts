import type { FieldNames } from "../../extension/content/content-api";

/** Every name a catalogue field goes by: its labels, aliases and spelled names, nb and en. */
export function ownNames(field: FieldNames): string[] {
  return [
    field.labels.nb,
    field.labels.en,
    ...(field.aliases?.nb ?? []),
    ...(field.aliases?.en ?? []),
    ...(field.spelled?.nb ?? []),
    ...(field.spelled?.en ?? []),
  ];
}
