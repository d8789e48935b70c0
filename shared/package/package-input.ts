import type { RawValue, ValidationInput } from "../report/validation-input";
import { isTemplateId, TEMPLATES } from "../templates/catalogue";
import type { TemplateId } from "../templates/field";
import type { SubmissionPackage } from "./submission-package";

/** The templates a package holds, in workbook order. */
export function templatesOfPackage(pkg: SubmissionPackage): TemplateId[] {
  return Object.keys(pkg.templates)
    .filter(isTemplateId)
    .sort((a, b) => order(a) - order(b));
}

function order(id: TemplateId): number {
  return Object.keys(TEMPLATES).indexOf(id);
}

/**
 * The validation input of a package: its values, with each template's unit and year taken from the
 * package's own `unit` and `year` where the values leave them out (docs/package.md's example does), its
 * notes, and last year's values when last year's package is given.
 */
export function inputFromPackage(pkg: SubmissionPackage, previous?: SubmissionPackage): ValidationInput {
  const identity: Record<string, RawValue> = {};
  for (const template of templatesOfPackage(pkg)) {
    if (!Object.hasOwn(pkg.values, `${template}.unit_org`)) identity[`${template}.unit_org`] = pkg.unit.org;
    if (!Object.hasOwn(pkg.values, `${template}.year`)) identity[`${template}.year`] = pkg.year;
  }
  // The input is read-only, so the package's own records serve as they are; copying them was the
  // largest cost of validating many packages.
  const values = Object.keys(identity).length === 0 ? pkg.values : { ...identity, ...pkg.values };
  const input: ValidationInput = { values, notes: pkg.notes };
  return previous ? { ...input, previous: previous.values } : input;
}

/** Why `previous` cannot be last year's package of `pkg`: another unit or not the year before. */
export function previousMismatch(
  pkg: SubmissionPackage,
  previous: SubmissionPackage,
): { reason: "unit" | "year"; expected: string | number; actual: string | number } | undefined {
  if (previous.unit.org !== pkg.unit.org)
    return { reason: "unit", expected: pkg.unit.org, actual: previous.unit.org };
  if (previous.year !== pkg.year - 1)
    return { reason: "year", expected: pkg.year - 1, actual: previous.year };
  return undefined;
}
