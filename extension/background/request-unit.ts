import { REPORTING_UNITS, type ReportingUnit, unitNames } from "../../shared/units/reporting-units";
import type { ContentRequest } from "../content/content-api";
import { normalizeLabel } from "../content/normalize-label";
import { sharedUnitNames } from "./shared-unit-names";
import { unitPattern } from "./unit-pattern";

/**
 * The package's unit as a fill request carries it: its registered name and the short names and
 * aliases the units list declares ("Telemark", "Sykehuset Telemark", "STHF"), for a unit list that
 * shows one of them. A list's option is chosen by such a name only as its whole text, so an option
 * can stand for another unit only through a name both declare: such a name is left out (no option
 * is chosen by it; explainSharedUnitName says why), which the registry's own test keeps from happening.
 * With it, how a page's texts name this unit and the others (`said`: unit-pattern.ts).
 */
export function requestUnit(
  org: string,
  units: readonly ReportingUnit[] = REPORTING_UNITS,
): ContentRequest["unit"] | undefined {
  const unit = units.find((candidate) => candidate.org === org);
  if (unit === undefined) return undefined;
  const shared = sharedUnitNames(org, units);
  const names = [...new Set(unitNames(unit))].filter((name) => !shared.has(normalizeLabel(name)));
  return { org: unit.org, name: unit.name, names, said: unitPattern(org, units) as string };
}
