import type { SubmissionPackage } from "../../shared/package/submission-package";
import { allFields } from "../../shared/templates/catalogue";
import type { FieldDef, TemplateId } from "../../shared/templates/field";
import { isFigureKind } from "../../shared/templates/kinds";

/** One year's value of a figure; `current` marks the open workbook's own year. */
export interface TrendPoint {
  year: number;
  value: number;
  current?: boolean;
}

/** What the open workbook says about a figure: this year's value and last year's (`prev.` cell). */
export interface CurrentFigure {
  year?: number;
  value?: number | string;
  previous?: unknown;
  /** The year the sheet records for its `prev.` cells (`prev.<template>.year`), when recorded. */
  previousYear?: unknown;
}

/**
 * The figures a trend can show: the compared fields and every figure of the templates in the workbook
 * (a capacity plan's planned beds too, compared within the plan, not with last year).
 */
export function trendFields(templates: readonly TemplateId[]): FieldDef[] {
  const shown = templates.length > 0 ? templates : undefined;
  return allFields().filter(
    (field) => (field.compared || isFigureKind(field.kind)) && (!shown || shown.includes(field.template)),
  );
}

/** The figure to show first: the one with the most years, from the packages and the workbook alike. */
export function defaultTrendField(
  fields: readonly FieldDef[],
  years: (field: FieldDef) => number,
): FieldDef | undefined {
  let best = fields[0];
  let most = best ? years(best) : 0;
  for (const field of fields) {
    const count = years(field);
    if (count > most) [best, most] = [field, count];
  }
  return best;
}

/**
 * A figure's history, one point per year, oldest first. The workbook's own figures win over a
 * package for the same year (they are what the controller is looking at); packages win over `prev.`.
 * Packages must all be of the workbook's unit: the caller leaves the others out.
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
  put(previousYearOf(current), current.previous);
  for (const pkg of packages) put(pkg.year, pkg.values[fieldId]);
  put(current.year, current.value);
  return [...byYear]
    .map(([year, value]) => ({ year, value, ...(year === current.year ? { current: true } : {}) }))
    .sort((a, b) => a.year - b.year);
}

/**
 * The year the workbook's `prev.` figure is from: the one the sheet records (a package of 2020 used as
 * the previous one for 2025 is drawn at 2020, not at 2024), else the year before the workbook's.
 */
export function previousYearOf(current: Pick<CurrentFigure, "year" | "previousYear">): number | undefined {
  const recorded = current.previousYear;
  if (typeof recorded === "number" && Number.isInteger(recorded)) return recorded;
  return current.year === undefined ? undefined : current.year - 1;
}

/** Splits loaded packages into those of the trend's unit and the others (never mixed into one line). */
export function packagesOfUnit(packages: readonly SubmissionPackage[], org: string | undefined) {
  const unit = org ?? packages[0]?.unit.org;
  return {
    unit,
    included: packages.filter((pkg) => pkg.unit.org === unit),
    excluded: packages.filter((pkg) => pkg.unit.org !== unit),
  };
}
