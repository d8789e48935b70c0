import {
  assemblePackage,
  type Identity,
  identityOf as identityOfValues,
} from "../../shared/package/assemble-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { Report } from "../../shared/report/report";
import type { WorkbookSnapshot } from "../adapter/workbook-adapter";

/** The unit and year a pass is about, read from the templates' identity fields (as the CLI reads them). */
export function identityOf(snapshot: WorkbookSnapshot, report: Report): Identity {
  return identityOfValues(report.values, snapshot.templates);
}

/**
 * The submission package of a pass that export validation accepted, assembled by the core as the CLI
 * assembles it. Without a readable unit and year it refuses, as the CLI does: never org "" or year 0.
 */
export function packageFromPass(snapshot: WorkbookSnapshot, report: Report, now: Date): SubmissionPackage {
  const assembled = assemblePackage({
    templates: snapshot.templates,
    versions: snapshot.meta?.templates,
    report,
    notes: snapshot.input.notes ?? {},
    validatedAt: now,
  });
  if (!assembled.ok) {
    throw new Error(
      assembled.missing === "unit"
        ? "Arbeidsboken mangler et gyldig organisasjonsnummer. / The workbook lacks a valid organisation number."
        : "Arbeidsboken mangler rapporteringsår. / The workbook lacks the reporting year.",
    );
  }
  return assembled.pkg;
}

/** The file name a package is saved under: `<org>-<year>.hso.json`. */
export function packageFileName(pkg: SubmissionPackage): string {
  return `${pkg.unit.org}-${pkg.year}.hso.json`;
}
