import type { Words } from "../messages/lang";
import { defineField, type FieldSpec } from "./define-field";
import type { ChangeThresholds, FieldDef, SheetSection, TemplateDef, TemplateId } from "./field";

/** A group of fields on the sheet, under a heading row when it has a title. */
export interface SectionSpec {
  title?: Words;
  fields: readonly FieldSpec[];
}

/** What a template file says; the rows, cells and everything a kind implies are worked out here. */
export interface TemplateSpec<Id extends string> {
  id: Id;
  version: string;
  sheet: string;
  name: Words;
  title: Words;
  change: ChangeThresholds;
  instruction?: Words;
  firstYear?: number;
  /** Unit, year and the like: rows 3–5, above the column headings on row 6. */
  identity: readonly FieldSpec[];
  sections: readonly SectionSpec[];
}

/** The sheet's fixed rows: title 1, instruction 2, identity 3–5, column headings 6, figures from 7. */
export const FIRST_IDENTITY_ROW = 3;
export const HEADING_ROW = 6;
export const FIRST_FIGURE_ROW = 7;

/** Builds a template from its spec, laying its fields out row by row. */
export function defineTemplate<const Id extends string>(spec: TemplateSpec<Id>): TemplateDef<Id> {
  if (spec.identity.length > HEADING_ROW - FIRST_IDENTITY_ROW) {
    throw new Error(`${spec.id}: at most three identity fields fit above the headings`);
  }
  const id = spec.id as string as TemplateId;
  const place = (row: number, field: FieldSpec) => defineField(id, spec.sheet, row, field);
  const fields: FieldDef[] = spec.identity.map((field, index) => place(FIRST_IDENTITY_ROW + index, field));
  const sections: SheetSection[] = [];
  let row = FIRST_FIGURE_ROW;
  for (const section of spec.sections) {
    if (section.title) sections.push({ row: row++, title: section.title });
    for (const field of section.fields) fields.push(place(row++, field));
  }
  const { identity: _identity, sections: _sections, ...rest } = spec;
  const recordsPrevious = fields.some((field) => field.cell.previous !== undefined);
  return { ...rest, fields: recordsPrevious ? fields.map(withPreviousYear) : fields, sections };
}

/**
 * A sheet with last year's column records which year that column is from, beside the reporting year
 * (`prev.<template>.year`, column D): a package of another year may be used as the previous one, and
 * the comparisons then name its year instead of saying "i fjor" (docs/domain.md, rule 4).
 */
function withPreviousYear(field: FieldDef): FieldDef {
  if (field.kind !== "year") return field;
  return { ...field, cell: { ...field.cell, previous: field.cell.value.replace(/^C/, "D") } };
}
