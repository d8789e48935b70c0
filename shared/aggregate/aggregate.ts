import type { SubmissionPackage } from "../package/submission-package";
import { changeSize } from "../rules/change-size";
import { findField, TEMPLATES, templateOf } from "../templates/catalogue";
import { REPORTING_UNITS } from "../units/reporting-units";

/** DESIGN.md's `aggregate --json` shape: unit × year for one field, with the column totals. */
export interface AggregateTable {
  field: string;
  years: number[];
  rows: AggregateRow[];
  total: Record<string, number>;
}

/** One unit's figures by year (years as strings, as JSON object keys are). */
export interface AggregateRow {
  unit: string;
  org: string;
  values: Record<string, number>;
}

/** Two packages for the same unit and year that disagree on the figure; the later-listed one is used. */
export interface AggregateConflict {
  org: string;
  year: number;
  values: [number, number];
}

/** The table and what was noticed while building it. */
export interface Aggregation {
  table: AggregateTable;
  conflicts: AggregateConflict[];
}

/**
 * Builds the paper's table for one field from packages: one row per unit (in the registry's order,
 * unknown units after), one column per year present, totals per year over the units that reported.
 */
export function aggregate(packages: readonly SubmissionPackage[], fieldId: string): AggregateTable {
  return aggregateWithConflicts(packages, fieldId).table;
}

/** `aggregate`, also returning packages that disagree for the same unit and year. */
export function aggregateWithConflicts(packages: readonly SubmissionPackage[], fieldId: string): Aggregation {
  const rows = new Map<string, AggregateRow>();
  const conflicts: AggregateConflict[] = [];
  const years = new Set<number>();
  for (const pkg of packages) {
    const value = pkg.values[fieldId];
    if (typeof value !== "number") continue;
    const row = rows.get(pkg.unit.org) ?? { unit: pkg.unit.name, org: pkg.unit.org, values: {} };
    const key = String(pkg.year);
    const before = row.values[key];
    if (before !== undefined && before !== value)
      conflicts.push({ org: pkg.unit.org, year: pkg.year, values: [before, value] });
    row.values[key] = value;
    rows.set(pkg.unit.org, row);
    years.add(pkg.year);
  }
  const sortedYears = [...years].sort((a, b) => a - b);
  const sortedRows = [...rows.values()].sort(
    (a, b) => unitOrder(a.org) - unitOrder(b.org) || a.unit.localeCompare(b.unit, "nb"),
  );
  return {
    table: { field: fieldId, years: sortedYears, rows: sortedRows, total: totals(sortedRows, sortedYears) },
    conflicts,
  };
}

function unitOrder(org: string): number {
  const index = REPORTING_UNITS.findIndex((unit) => unit.org === org);
  return index === -1 ? REPORTING_UNITS.length : index;
}

function totals(rows: readonly AggregateRow[], years: readonly number[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const year of years) {
    const key = String(year);
    // Rounded to hundredths so half beds add up without binary noise (258.5 + 0.1 …).
    total[key] = Math.round(rows.reduce((sum, row) => sum + (row.values[key] ?? 0), 0) * 100) / 100;
  }
  return total;
}

/** A unit's change between two years of the table, flagged when DOMAIN rule 4 wants it explained. */
export interface UnitChange {
  unit: string;
  org: string;
  from: number;
  to: number;
  change: number;
  percent: number;
  needsExplanation: boolean;
}

/** Every unit's change between two years it reported in, using the field's template thresholds. */
export function changesBetween(table: AggregateTable, fromYear: number, toYear: number): UnitChange[] {
  const template = templateOf(table.field);
  const field = findField(table.field);
  const thresholds = template
    ? TEMPLATES[template].change
    : { absolute: Number.POSITIVE_INFINITY, percent: Number.POSITIVE_INFINITY };
  const changes: UnitChange[] = [];
  for (const row of table.rows) {
    const from = row.values[String(fromYear)];
    const to = row.values[String(toYear)];
    if (from === undefined || to === undefined) continue;
    const size = changeSize(to, from, thresholds);
    const needsExplanation = (field?.compared ?? false) && size.large;
    changes.push({
      unit: row.unit,
      org: row.org,
      from,
      to,
      change: size.change,
      percent: size.percent,
      needsExplanation,
    });
  }
  return changes;
}
