import { isBlank } from "../../shared/report/validation-input";
import { TEMPLATES } from "../../shared/templates/catalogue";
import type { FieldDef } from "../../shared/templates/field";
import { templateAskedOf } from "../../shared/units/unit-returns";
import { judge, type PassResult } from "./validation-loop";
import { workbookIdentity } from "./workbook-identity";

/** How far the typing has come: fields filled of the fields a controller types, and what must still be. */
export interface FillProgress {
  filled: number;
  total: number;
  /** Required fields still empty, with their cell when the workbook has one. */
  emptyRequired: { field: FieldDef; cell: string | undefined }[];
}

/**
 * Counts the typed fields (not the computed totals, whose parts are counted instead) of the templates
 * in the workbook, whatever they are: the template list is the catalogue's, not the pane's, and the
 * fields are those the workbook's unit is asked (a trust is not asked the RHF's private providers).
 */
export function fillProgress(result: PassResult): FillProgress {
  const { snapshot } = result;
  const { org } = workbookIdentity(result);
  const typed = snapshot.templates.flatMap((id) =>
    templateAskedOf(TEMPLATES[id], org).fields.filter((field) => !field.formula),
  );
  const blank = (field: FieldDef) => isBlank(snapshot.input.values[field.id]);
  // Owed is what export refuses blank, as the core judges it: required fields, and a plan's statuses.
  const atExport = judge(snapshot, "export").issues.filter((issue) => issue.severity === "error");
  const owed = new Set(atExport.map((issue) => issue.field));
  return {
    filled: typed.filter((field) => !blank(field)).length,
    total: typed.length,
    emptyRequired: typed
      .filter((field) => (field.required || owed.has(field.id)) && blank(field))
      .map((field) => ({ field, cell: snapshot.cells[field.id] })),
  };
}
