import { wellFormedText } from "./canonical-json";
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

/**
 * Builds a package and signs it with the digest of docs/package.md; blank notes are left out. A lone
 * surrogate in text (not a character, and refused by every reader) becomes U+FFFD, so the package
 * written is I-JSON and reads back as it was built.
 */
export function buildPackage(input: PackageInput): SubmissionPackage {
  const notes: Record<string, string> = {};
  for (const [id, text] of Object.entries(input.notes ?? {})) {
    if (text.trim() !== "") notes[id] = wellFormedText(text);
  }
  const values: Record<string, number | string> = {};
  for (const [id, value] of Object.entries(input.values)) {
    // A figure has no signed zero, and JSON writes -0 as 0: normalised here so a package reads back equal.
    values[id] = typeof value === "string" ? wellFormedText(value) : value === 0 ? 0 : value;
  }
  const unsigned = {
    format: PACKAGE_FORMAT,
    unit: { org: input.unit.org, name: wellFormedText(input.unit.name) },
    year: input.year,
    templates: { ...input.templates },
    values,
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
