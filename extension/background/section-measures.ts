import { TEMPLATES } from "../../shared/templates/catalogue";
import type { FieldKind, Words } from "../../shared/templates/field";
import { KINDS } from "../../shared/templates/kinds";

/** A section of a template and the kinds of figure its fields are: what the section measures. */
export interface SectionMeasure {
  title: Words;
  kinds: readonly FieldKind[];
}

/** The kinds read as numbers (beds, persons, FTEs, counts, days, percentages, shares). */
export const NUMBER_KINDS: readonly FieldKind[] = (Object.keys(KINDS) as FieldKind[]).filter(
  (kind) => KINDS[kind].numeric,
);

/**
 * The catalogue's sections whose fields are all figures, each with its title and its fields' kinds:
 * the activity template's "Liggedøgn" / "Bed days" holds counts of bed days, "Ventetid" waiting
 * times in days. A form's column or heading that names such a section names what its boxes
 * measure (background/measure-words.ts). From the catalogue, so a section added to a template is
 * known here at once; a section of statuses (the plan status) measures nothing.
 */
export function sectionMeasures(): SectionMeasure[] {
  return Object.values(TEMPLATES).flatMap((template) => {
    const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);
    const sections = [...template.sections].sort((a, b) => a.row - b.row);
    return sections.flatMap((section, index) => {
      const end = sections[index + 1]?.row ?? Number.POSITIVE_INFINITY;
      const kinds = [
        ...new Set(
          template.fields
            .filter((field) => rowOf(field.cell.value) > section.row && rowOf(field.cell.value) < end)
            .map((field) => field.kind),
        ),
      ];
      const figures = kinds.length > 0 && kinds.every((kind) => NUMBER_KINDS.includes(kind));
      return figures ? [{ title: section.title, kinds }] : [];
    });
  });
}
