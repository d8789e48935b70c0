import { REPORTING_UNITS, type ReportingUnit, unitNames } from "../../shared/units/reporting-units";
import type { Outcome } from "../content/content-api";
import { normalizeLabel } from "../content/normalize-label";

/**
 * The names the unit goes by (registered, short, aliases) that another unit of the list declares
 * too, each (as `normalizeLabel` writes it) with those other units' registered names. Such a name
 * stands for no one unit: requestUnit leaves it out of the names a list's option is chosen by,
 * and a list whose only fitting option is one is unclear, not "no option" (explainSharedUnitNames).
 */
export function sharedUnitNames(
  org: string,
  units: readonly ReportingUnit[] = REPORTING_UNITS,
): Map<string, string[]> {
  const shared = new Map<string, string[]>();
  const unit = units.find((candidate) => candidate.org === org);
  if (unit === undefined) return shared;
  const namesOf = (other: ReportingUnit) => [other.name, ...unitNames(other)].map(normalizeLabel);
  for (const key of new Set(namesOf(unit))) {
    const others = units.filter((other) => other !== unit && namesOf(other).includes(key));
    if (others.length > 0)
      shared.set(
        key,
        others.map((other) => other.name),
      );
  }
  return shared;
}

/** A row of a report or preview, as far as a unit list's outcome goes. */
interface ChoiceRow {
  outcome: Outcome;
  options?: string[];
}

/**
 * A unit list in which the engine chose nothing because no option stands for the package's unit
 * alone, where an option is a name the unit shares with another unit ("Telemark" declared by two):
 * not "no option" but ambiguous, naming that option and the other units it may be (`sharedWith`),
 * so the user sees why. Nothing is chosen either way; rows of other figures are left as they are.
 */
export function explainSharedUnitName<Row extends ChoiceRow>(
  row: Row,
  org: string,
  units: readonly ReportingUnit[] = REPORTING_UNITS,
): Row & { sharedWith?: string[] } {
  if (row.outcome !== "no_option" || row.options === undefined) return row;
  const shared = sharedUnitNames(org, units);
  const options = row.options.filter((option) => shared.has(normalizeLabel(option)));
  if (options.length === 0) return row;
  const sharedWith = [...new Set(options.flatMap((option) => shared.get(normalizeLabel(option)) ?? []))];
  return { ...row, outcome: "ambiguous", options, sharedWith };
}

/** Each unit org. no. row of a preview or report with explainSharedUnitName applied. */
export function explainSharedUnitNames<Row extends ChoiceRow & { ids: string[] }>(
  rows: readonly Row[],
  org: string,
  units: readonly ReportingUnit[] = REPORTING_UNITS,
): Array<Row & { sharedWith?: string[] }> {
  return rows.map((row) =>
    row.ids.some((id) => id.endsWith(".unit_org")) ? explainSharedUnitName(row, org, units) : row,
  );
}
