/**
 * Workbook-scoped defined names (docs/package.md): the field id itself for the input cell,
 * `prev.<id>` for last year's figure and `note.<id>` for its explanation.
 */
export const PREVIOUS_PREFIX = "prev.";
export const NOTE_PREFIX = "note.";

/** The defined name of last year's figure for a field. */
export function previousName(fieldId: string): string {
  return PREVIOUS_PREFIX + fieldId;
}

/** The defined name of the explanation for a field. */
export function noteName(fieldId: string): string {
  return NOTE_PREFIX + fieldId;
}

/**
 * Every defined name a field's cells carry: its id, and `prev.`/`note.` where its cell has them (a
 * compared figure, and also a status, whose comment is a note without being a figure).
 */
export function namesOfField(field: { id: string; cell: { previous?: string; note?: string } }): string[] {
  return [
    field.id,
    ...(field.cell.previous ? [previousName(field.id)] : []),
    ...(field.cell.note ? [noteName(field.id)] : []),
  ];
}
