import { formatOrgNumber } from "../../shared/units/org-number";
import { findUnit } from "../../shared/units/reporting-units";

/** `Sykehuset Telemark HF (983 975 267), 2024` — as much of it as the file says. */
export function unitLabel(org: string | undefined, year: number | undefined): string {
  const unit = org === undefined ? undefined : findUnit(org);
  const who =
    org === undefined ? "?" : unit ? `${unit.name} (${formatOrgNumber(org)})` : formatOrgNumber(org);
  return year === undefined ? who : `${who}, ${year}`;
}
