import { isBlank } from "../../shared/report/validation-input";
import { formatOrgNumber, isValidOrgNumber } from "../../shared/units/org-number";
import { findUnit } from "../../shared/units/reporting-units";
import { passIdentity } from "./pass-identity";
import type { PassResult } from "./validation-loop";

/** Which unit and year the open workbook is for, as far as its cells say. */
export interface WorkbookIdentity {
  /** A valid org. no. read from the templates' unit cells. */
  org?: string;
  /** Whatever a unit cell holds, even when it is not a valid org. no. (it still names a unit). */
  unitText?: string;
  year?: number;
}

/** The workbook's identity from the latest pass; an empty object before the first pass. */
export function workbookIdentity(result: PassResult | undefined): WorkbookIdentity {
  if (!result) return {};
  const { snapshot, report } = result;
  const { org, year } = passIdentity(snapshot, report);
  const raw = snapshot.templates
    .map((id) => snapshot.input.values[`${id}.unit_org`])
    .find((value) => !isBlank(value) && typeof value !== "object");
  return {
    ...(org ? { org } : {}),
    ...(raw !== undefined && raw !== null ? { unitText: String(raw).replace(/\s/g, "") } : {}),
    ...(year !== undefined ? { year } : {}),
  };
}

/** A unit named as the registry names it, with its org. no.: "Sykehuset Telemark HF (983 975 267)". */
export function unitName(org: string): string {
  const unit = findUnit(org);
  const number = isValidOrgNumber(org) ? formatOrgNumber(org) : org;
  return unit ? `${unit.name} (${number})` : number;
}
