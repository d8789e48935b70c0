import { computeDigest } from "./digest";
import { PACKAGE_FORMAT, type PackageValidation, type SubmissionPackage } from "./submission-package";

/** What a package is made from; the digest is computed, never supplied. */
export interface PackageInput {
  unit: { org: string; name: string };
  year: number;
  templates: SubmissionPackage["templates"];
  values: Readonly<Record<string, number | string>>;
  notes?: Readonly<Record<string, string>>;
  validation?: PackageValidation;
}

/** Builds a package and signs it with DESIGN.md's digest; blank notes are left out. */
export function buildPackage(input: PackageInput): SubmissionPackage {
  const notes = Object.fromEntries(
    Object.entries(input.notes ?? {}).filter(([, text]) => text.trim() !== ""),
  );
  const unsigned = {
    format: PACKAGE_FORMAT,
    unit: { org: input.unit.org, name: input.unit.name },
    year: input.year,
    templates: { ...input.templates },
    values: { ...input.values },
    notes,
  } as const;
  const pkg: SubmissionPackage = { ...unsigned, digest: computeDigest(unsigned) };
  if (input.validation) pkg.validation = { ...input.validation };
  return pkg;
}

/** The package as the file's text: members in the contract's order, two-space indent, final newline. */
export function packageText(pkg: SubmissionPackage): string {
  const ordered = {
    format: pkg.format,
    unit: pkg.unit,
    year: pkg.year,
    templates: pkg.templates,
    values: pkg.values,
    notes: pkg.notes,
    validation: pkg.validation,
    digest: pkg.digest,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
