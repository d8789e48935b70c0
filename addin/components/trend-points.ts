import type { SubmissionPackage } from "../../shared/package/submission-package";
import { allFields } from "../../shared/templates/catalogue";
import type { FieldDef, TemplateId } from "../../shared/templates/field";

/** One year's value of a figure. */
export interface TrendPoint {
  year: number;
  value: number;
}

/** What the open workbook says about a figure: this year's value and last year's (`prev.` cell). */
export interface CurrentFigure {
  year?: number;
  value?: number | string;
  previous?: unknown;
}

/** The figures a trend can show: compared, numeric fields of the templates in the workbook. */
export function trendFields(templates: readonly TemplateId[]): FieldDef[] {
  const shown = templates.length > 0 ? templates : undefined;
  return allFields().filter((field) => field.compared && (!shown || shown.includes(field.template)));
}

/**
 * A figure's history, one point per year, oldest first. The workbook's own figures win over a
 * package for the same year (they are what the controller is looking at); packages win over `prev.`.
 */
export function trendPoints(
  fieldId: string,
  packages: readonly SubmissionPackage[],
  current: CurrentFigure,
): TrendPoint[] {
  const byYear = new Map<number, number>();
  const put = (year: number | undefined, value: unknown) => {
    if (year !== undefined && Number.isInteger(year) && typeof value === "number" && Number.isFinite(value)) {
      byYear.set(year, value);
    }
  };
  if (current.year !== undefined) put(current.year - 1, current.previous);
  for (const pkg of packages) put(pkg.year, pkg.values[fieldId]);
  put(current.year, current.value);
  return [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}
