import { buildPackage } from "../../shared/package/build-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { Report } from "../../shared/report/report";
import { TEMPLATES } from "../../shared/templates/catalogue";
import type { TemplateId } from "../../shared/templates/field";
import { findUnit } from "../../shared/units/reporting-units";
import { VALIDATOR_VERSION } from "../../shared/version";
import type { WorkbookSnapshot } from "../adapter/workbook-adapter";

/** The unit and year a pass is about, read from the templates' identity fields. */
export function identityOf(snapshot: WorkbookSnapshot, report: Report): { org?: string; year?: number } {
  const pick = (name: string) => snapshot.templates.map((id) => report.values[`${id}.${name}`]).find(Boolean);
  const org = pick("unit_org");
  const year = pick("year");
  return {
    ...(typeof org === "string" ? { org } : {}),
    ...(typeof year === "number" ? { year } : snapshot.meta?.year ? { year: snapshot.meta.year } : {}),
  };
}

/** The submission package of a pass that export validation accepted; the digest is the core's. */
export function packageFromPass(snapshot: WorkbookSnapshot, report: Report, now: Date): SubmissionPackage {
  const { org = "", year = 0 } = identityOf(snapshot, report);
  const templates: Partial<Record<TemplateId, string>> = {};
  for (const id of snapshot.templates) templates[id] = snapshot.meta?.templates[id] ?? TEMPLATES[id].version;
  const notes: Record<string, string> = {};
  for (const [field, text] of Object.entries(snapshot.input.notes ?? {})) {
    if (text.trim() !== "") notes[field] = text.trim();
  }
  return buildPackage({
    unit: { org, name: findUnit(org)?.name ?? org },
    year,
    templates,
    values: report.values,
    notes,
    validation: {
      errors: report.stats.errors,
      warnings: report.stats.warnings,
      validatedAt: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
      validator: VALIDATOR_VERSION,
    },
  });
}

/** The file name a package is saved under: `<org>-<year>.hso.json`. */
export function packageFileName(pkg: SubmissionPackage): string {
  return `${pkg.unit.org}-${pkg.year}.hso.json`;
}
