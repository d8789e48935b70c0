import type { Report } from "../report/report";
import { TEMPLATES, type TemplateId } from "../templates/catalogue";
import { findUnit } from "../units/reporting-units";
import { VALIDATOR_VERSION } from "../version";
import { buildPackage } from "./build-package";
import { identityOf } from "./identity-of";
import type { SubmissionPackage } from "./submission-package";

// Where the CLI and tests have always found them; they live apart so a reader of workbooks can
// know a unit and year without the package writer (the task pane's first load, docs/addin.md).
export { type Identity, identityOf } from "./identity-of";

/** What a package is assembled from: a pass that export validation judged, and the notes written. */
export interface Assembly {
  templates: readonly TemplateId[];
  /** Template versions the workbook was made with; the catalogue's current ones where not given. */
  versions?: Readonly<Partial<Record<TemplateId, string>>>;
  report: Report;
  notes: Readonly<Record<string, string>>;
  validatedAt: Date;
}

/** A package, or the refusal: without a readable unit and year there is nothing to sign. */
export type Assembled = { ok: true; pkg: SubmissionPackage } | { ok: false; missing: "unit" | "year" };

/** Assembles and signs the package of a judged workbook, the same way in the CLI and the add-in. */
export function assemblePackage(assembly: Assembly): Assembled {
  const { org, year } = identityOf(assembly.report.values, assembly.templates);
  if (org === undefined) return { ok: false, missing: "unit" };
  if (year === undefined) return { ok: false, missing: "year" };
  const templates = Object.fromEntries(
    assembly.templates.map((id) => [id, assembly.versions?.[id] ?? TEMPLATES[id].version]),
  );
  const notes = Object.fromEntries(
    Object.entries(assembly.notes)
      .map(([field, text]) => [field, text.trim()] as const)
      .filter(([, text]) => text !== ""),
  );
  const { report } = assembly;
  const pkg = buildPackage({
    unit: { org, name: findUnit(org)?.name ?? org },
    year,
    templates,
    values: report.values,
    notes,
    validation: {
      errors: report.stats.errors,
      warnings: report.stats.warnings,
      validatedAt: assembly.validatedAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
      validator: VALIDATOR_VERSION,
    },
  });
  return { ok: true, pkg };
}
