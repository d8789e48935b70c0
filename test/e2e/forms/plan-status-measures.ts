import { PLAN_STATUS } from "../../../shared/templates/plan-status";

/** One measure of the template as a test form shows it: its name, its plan words (nb), its focus area. */
export interface FormMeasure {
  name: string;
  label: string;
  area: string;
}

const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);

/**
 * The template's measures in sheet order, each with the focus area it sits under: the words an
 * intranet's plan-status form copies from the regional plan (bundled into the library forms too).
 */
export const MEASURES: readonly FormMeasure[] = PLAN_STATUS.fields
  .filter((field) => field.kind === "status")
  .map((field) => {
    const row = rowOf(field.cell.value);
    const area = PLAN_STATUS.sections.filter((section) => section.row < row).at(-1)?.title.nb ?? "";
    return { name: field.id.slice("plan_status.".length), label: field.label.nb, area };
  });

/** The measures grouped by focus area, in order. */
export function byArea(measures: readonly FormMeasure[]): Array<[string, FormMeasure[]]> {
  const areas = new Map<string, FormMeasure[]>();
  for (const measure of measures) areas.set(measure.area, [...(areas.get(measure.area) ?? []), measure]);
  return [...areas];
}
