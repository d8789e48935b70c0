import { isBlank } from "../../shared/report/validation-input";
import { formatOrgNumber, isValidOrgNumber } from "../../shared/units/org-number";
import { findUnit } from "../../shared/units/reporting-units";
import { passIdentity } from "./pass-identity";
import { type SheetYear, sheetYears } from "./sheet-years";
import type { PassResult } from "./validation-loop";

/** Which unit and year the open workbook is for, as far as its cells say. */
export interface WorkbookIdentity {
  /** A valid org. no. read from the templates' unit cells. */
  org?: string;
  /** Whatever a unit cell holds, even when it is not a valid org. no. (it still names a unit). */
  unitText?: string;
  year?: number;
  /** Set when the sheets' year cells disagree: then there is no `year` of the workbook (adversary A11). */
  years?: SheetYear[];
}

/** The workbook's identity from the latest pass; an empty object before the first pass. */
export function workbookIdentity(result: PassResult | undefined): WorkbookIdentity {
  if (!result) return {};
  const { snapshot, report } = result;
  const { org } = passIdentity(snapshot, report);
  // One sheet's year is never the workbook's while another sheet says another (A11).
  const years = sheetYears(snapshot, report);
  const year = years.length === 1 ? years[0]?.year : undefined;
  const raw = snapshot.templates
    .map((id) => snapshot.input.values[`${id}.unit_org`])
    .find((value) => !isBlank(value) && typeof value !== "object");
  return {
    ...(org ? { org } : {}),
    ...(raw !== undefined && raw !== null ? { unitText: String(raw).replace(/\s/g, "") } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(years.length > 1 ? { years } : {}),
  };
}

/** A unit named as the registry names it, with its org. no.: "Sykehuset Telemark HF (983 975 267)". */
export function unitName(org: string): string {
  const unit = findUnit(org);
  const number = isValidOrgNumber(org) ? formatOrgNumber(org) : org;
  return unit ? `${unit.name} (${number})` : number;
}
