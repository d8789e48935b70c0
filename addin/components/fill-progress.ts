import { isBlank } from "../../shared/report/validation-input";
import { TEMPLATES } from "../../shared/templates/catalogue";
import type { FieldDef } from "../../shared/templates/field";
import type { PassResult } from "./validation-loop";

/** How far the typing has come: fields filled of the fields a controller types, and what must still be. */
export interface FillProgress {
  filled: number;
  total: number;
  /** Required fields still empty, with their cell when the workbook has one. */
  emptyRequired: { field: FieldDef; cell: string | undefined }[];
}

/**
 * Counts the typed fields (not the computed totals, whose parts are counted instead) of the templates
 * in the workbook, whatever they are: the template list is the catalogue's, not the pane's.
 */
export function fillProgress({ snapshot }: PassResult): FillProgress {
  const typed = snapshot.templates.flatMap((id) => TEMPLATES[id].fields.filter((field) => !field.formula));
  const blank = (field: FieldDef) => isBlank(snapshot.input.values[field.id]);
  return {
    filled: typed.filter((field) => !blank(field)).length,
    total: typed.length,
    emptyRequired: typed
      .filter((field) => field.required && blank(field))
      .map((field) => ({ field, cell: snapshot.cells[field.id] })),
  };
}
