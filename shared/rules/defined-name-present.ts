import type { FieldDef } from "../templates/field";
import { noteName, previousName } from "../templates/names";
import type { Finding, Rule } from "./rule";

/**
 * In a workbook every field is found through its defined name alone (docs/package.md). A deleted name
 * of an input is an error; a deleted `prev.`/`note.` name only weakens the year-over-year check. The
 * message says where the template puts the name (sheet and cell), because three templates share
 * labels such as «Rapporteringsår» and the label alone does not say which sheet lost it.
 */
export const definedNamePresent: Rule = {
  id: "defined-name-present",
  meta: { description: "Every field's defined name exists in the workbook.", severity: "error" },
  check(context) {
    const findings: Finding[] = [];
    if (!context.anyNameMissing) return findings;
    for (const field of context.fields) {
      for (const [index, { name, cell }] of placesOf(field).entries()) {
        if (!context.isNameMissing(name)) continue;
        const params = { name, sheet: field.cell.sheet, cell };
        findings.push(
          index === 0
            ? { code: "name_missing", field: field.id, params }
            : { code: "name_missing", field: field.id, params, severity: "warning" },
        );
      }
    }
    return findings;
  },
};

/** A field's names, its input first, each with the cell the template gives it. */
function placesOf(field: FieldDef): { name: string; cell: string }[] {
  const { value, previous, note } = field.cell;
  return [
    { name: field.id, cell: value },
    ...(previous ? [{ name: previousName(field.id), cell: previous }] : []),
    ...(note ? [{ name: noteName(field.id), cell: note }] : []),
  ];
}
