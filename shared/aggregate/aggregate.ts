import type { SubmissionPackage } from "../package/submission-package";
import { changeSize } from "../rules/change-size";
import { findField, TEMPLATES, templateOf } from "../templates/catalogue";
import type { AggregateRow, RegionalTable } from "./regional-table";
import { regionalTable } from "./regional-table";

export type { AggregateRow, RegionalTable } from "./regional-table";

/**
 * The regional table for one field from packages without files (tests, the add-in): each package is
 * named by its position, `#1`, `#2` …, where a refusal must say which.
 */
export function aggregate(packages: readonly SubmissionPackage[], fieldId: string): RegionalTable {
  return regionalTable(
    packages.map((pkg, index) => ({ file: `#${index + 1}`, pkg })),
    fieldId,
  );
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
export function changesBetween(
  table: { field: string; rows: readonly AggregateRow[] },
  fromYear: number,
  toYear: number,
): UnitChange[] {
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
