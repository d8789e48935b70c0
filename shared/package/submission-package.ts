import type { TemplateId } from "../templates/field";

/** The format tag of docs/package.md's package; a reader refuses any other. */
export const PACKAGE_FORMAT = "hso-package@1";

/** The validation summary carried in a package (outside the digest). */
export interface PackageValidation {
  errors: number;
  warnings: number;
  validatedAt: string;
  validator: string;
}

/**
 * The unit of exchange (docs/package.md): one reporting unit, one year, any number of templates.
 * Member names are a contract with tools outside the project: add, never rename.
 */
export interface SubmissionPackage {
  format: typeof PACKAGE_FORMAT;
  unit: { org: string; name: string };
  year: number;
  templates: Partial<Record<TemplateId, string>>;
  /** Field id → value: numbers for figures and the year, text for the org. no. and ISO dates. */
  values: Record<string, number | string>;
  /** Field id → explanation of a change or a footnote. */
  notes: Record<string, string>;
  validation?: PackageValidation;
  /** `sha256:` + 64 lower-case hex of the canonical JSON of every member except digest and validation. */
  digest: string;
}
