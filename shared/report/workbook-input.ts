import { TEMPLATES } from "../templates/catalogue";
import type { TemplateId } from "../templates/field";
import { noteName, previousName } from "../templates/names";
import type { RawValue, ValidationInput } from "./validation-input";

/** What an adapter found under one defined name: the value and where it sits (`Sheet!C7`). */
export interface NamedCell {
  value: RawValue;
  address: string;
}

/**
 * Builds the validation input of a workbook from its defined names alone (DESIGN.md: nothing else
 * may be needed to find a field). `read` answers undefined for a name the workbook lacks.
 */
export function workbookInput(
  read: (name: string) => NamedCell | undefined,
  templates: readonly TemplateId[],
): { input: ValidationInput; cells: Record<string, string> } {
  const values: Record<string, RawValue> = {};
  const previous: Record<string, RawValue> = {};
  const notes: Record<string, string> = {};
  const cells: Record<string, string> = {};
  const missingNames: string[] = [];
  const take = (name: string, store: (value: RawValue) => void) => {
    const found = read(name);
    if (!found) return missingNames.push(name);
    cells[name] = found.address;
    store(found.value);
  };
  for (const field of templates.flatMap((id) => TEMPLATES[id].fields)) {
    take(field.id, (value) => {
      values[field.id] = value;
    });
    if (!field.compared) continue;
    take(previousName(field.id), (value) => {
      previous[field.id] = value;
    });
    take(noteName(field.id), (value) => {
      if (typeof value === "string" || typeof value === "number") notes[field.id] = String(value);
    });
  }
  return { input: { values, previous, notes, cells, missingNames }, cells };
}

/** The templates a workbook holds: those with at least one field's defined name present. */
export function detectTemplates(names: Iterable<string>): TemplateId[] {
  const present = new Set(names);
  return (Object.keys(TEMPLATES) as TemplateId[]).filter((id) =>
    TEMPLATES[id].fields.some((field) => present.has(field.id)),
  );
}
