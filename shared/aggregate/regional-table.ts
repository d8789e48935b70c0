import type { SubmissionPackage } from "../package/submission-package";
import { findField, templateOf } from "../templates/catalogue";
import type { TemplateId } from "../templates/field";
import { KINDS } from "../templates/kinds";
import { findUnit, REPORTING_UNITS, type ReportingUnit } from "../units/reporting-units";
import { expectsTemplate, isAskedOf } from "../units/unit-returns";
import { type Footnote, footnotesOf } from "./footnotes";
import { type PackageFile, type Refusal, type Screening, screenPackages } from "./screen-packages";

/** One unit's figures by year (years as strings, as JSON object keys are); the name from the registry. */
export interface AggregateRow {
  unit: string;
  org: string;
  values: Record<string, number>;
}

/**
 * The `aggregate --json` shape of docs/cli.md: unit × year for one field, the trusts' totals (only for years
 * every expected unit reported), and with `beds.phv_adult_total` the private providers and the total
 * including them; what was left out (`refused`) and which years lack whom (`incomplete`).
 */
export interface RegionalTable {
  field: string;
  years: number[];
  rows: AggregateRow[];
  total: Record<string, number>;
  private?: Record<string, number>;
  totalWithPrivate?: Record<string, number>;
  refused: Refusal[];
  incomplete: Record<string, string[]>;
  footnotes: Footnote[];
}

/** The paper's private row: the field the RHF's agreement management reports beside a trusts' field. */
export const PRIVATE_COUNTERPART: Readonly<Record<string, string>> = {
  "beds.phv_adult_total": "beds.private_contracted_phv_adult",
};

/**
 * Builds the regional table for one field from packages: every one validated again, first. Pass the
 * screening of the field's template to build several fields' tables from one (the report does).
 */
export function regionalTable(
  files: readonly PackageFile[],
  field: string,
  screening?: Screening,
): RegionalTable {
  const template = templateOf(field);
  const templates: TemplateId[] = template ? [template] : [];
  const { accepted, refused } = screening ?? screenPackages(files, templates);
  const years = screenedYears(files, { accepted, refused });
  const packages = accepted.map((entry) => entry.pkg);
  const rows = rowsOf(packages, field);
  const incomplete = incompleteYears(rows, years, field, template);
  const table: RegionalTable = {
    field,
    years,
    rows,
    // A mean or a share of units is not the region's mean: no total rather than a sum of them.
    total: isSummed(field) ? sumByYear(rows, years, (year) => incomplete[year] === undefined) : {},
    refused,
    incomplete,
    footnotes: [],
  };
  const privateField = PRIVATE_COUNTERPART[field];
  if (privateField) addPrivate(table, packages, privateField, template);
  table.footnotes = footnotesOf(packages, table.rows, field, privateField);
  return table;
}

/** Whether adding the units' values of a field gives the region's (kinds.ts, `summed`). */
export function isSummed(field: string): boolean {
  const def = findField(field);
  return def !== undefined && KINDS[def.kind].summed;
}

/** The table's years: those of every package screened, the refused ones too (their year is not whole). */
export function screenedYears(files: readonly PackageFile[], screening: Screening): number[] {
  const left = new Set(screening.refused.map((refusal) => refusal.file));
  const packages = [
    ...screening.accepted.map((entry) => entry.pkg),
    ...files.filter((entry) => left.has(entry.file)).map((entry) => entry.pkg),
  ];
  return [...new Set(packages.map((pkg) => pkg.year))].sort((a, b) => a - b);
}

/** One row per unit that gave the field, in the registry's order (the paper's). */
function rowsOf(packages: readonly SubmissionPackage[], field: string): AggregateRow[] {
  const rows = new Map<string, AggregateRow>();
  for (const pkg of packages) {
    const value = pkg.values[field];
    const unit = findUnit(pkg.unit.org);
    if (typeof value !== "number" || !unit) continue;
    const row = rows.get(unit.org) ?? { unit: unit.name, org: unit.org, values: {} };
    row.values[String(pkg.year)] = value;
    rows.set(unit.org, row);
  }
  return REPORTING_UNITS.flatMap((unit) => rows.get(unit.org) ?? []);
}

/** The units expected to give a field: asked it, and expected to send its template (not Sunnaas for beds). */
export function expectedReporters(field: string, template: TemplateId | undefined): ReportingUnit[] {
  const def = findField(field);
  return REPORTING_UNITS.filter(
    (unit) =>
      template !== undefined &&
      def !== undefined &&
      expectsTemplate(unit, template) &&
      isAskedOf(def, unit.org),
  );
}

/** Per year, the expected units without a value: that year is not whole. */
export function incompleteYears(
  rows: readonly { org: string; values: Readonly<Record<string, unknown>> }[],
  years: readonly number[],
  field: string,
  template: TemplateId | undefined,
): Record<string, string[]> {
  const reporters = expectedReporters(field, template);
  const incomplete: Record<string, string[]> = {};
  for (const year of years) {
    const key = String(year);
    const missing = reporters
      .filter((unit) => rows.find((row) => row.org === unit.org)?.values[key] === undefined)
      .map((unit) => unit.org);
    if (missing.length > 0) incomplete[key] = missing;
  }
  return incomplete;
}

/** Sums per year, rounded to hundredths so half beds add up without binary noise; only the years kept. */
function sumByYear(
  rows: readonly AggregateRow[],
  years: readonly number[],
  keep: (year: string) => boolean,
): Record<string, number> {
  const total: Record<string, number> = {};
  for (const year of years.map(String).filter(keep)) {
    total[year] = Math.round(rows.reduce((sum, row) => sum + (row.values[year] ?? 0), 0) * 100) / 100;
  }
  return total;
}

/** The private providers' row and the total with them; a year without the RHF's figure is incomplete. */
function addPrivate(
  table: RegionalTable,
  packages: readonly SubmissionPackage[],
  privateField: string,
  template: TemplateId | undefined,
): void {
  const privateRows = rowsOf(packages, privateField);
  const privateIncomplete = incompleteYears(privateRows, table.years, privateField, template);
  const figures: Record<string, number> = {};
  for (const row of privateRows) Object.assign(figures, row.values);
  table.private = figures;
  for (const [year, orgs] of Object.entries(privateIncomplete)) {
    table.incomplete[year] = [...(table.incomplete[year] ?? []), ...orgs];
  }
  const withPrivate: Record<string, number> = {};
  for (const year of table.years.map(String)) {
    const trusts = table.total[year];
    const bought = figures[year];
    if (trusts === undefined || bought === undefined || table.incomplete[year]) continue;
    withPrivate[year] = Math.round((trusts + bought) * 100) / 100;
  }
  table.totalWithPrivate = withPrivate;
}
