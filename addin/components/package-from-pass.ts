import { assemblePackage } from "../../shared/package/assemble-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { Report } from "../../shared/report/report";
import { TEMPLATE_IDS } from "../../shared/templates/catalogue";
import type { WorkbookSnapshot } from "../adapter/workbook-adapter";

// What export needs besides the package itself, from this one chunk (use-export.ts loads it lazily).
export { packageText } from "../../shared/package/build-package";

const ANY_TIME = new Date(0);

/** The digest the figures of a pass would get in a package (validation time is not part of it). */
export function passDigest(snapshot: WorkbookSnapshot, report: Report): string {
  return packageFromPass(snapshot, report, ANY_TIME).digest;
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

/**
 * The file name a package is saved under: `<org>-<year>.hso.json` when it holds every template, else
 * with the ids of the templates it holds (`983975267-2025-beds.hso.json`), so a beds and a staffing
 * package of one unit and year do not overwrite or rename each other in the controller's downloads.
 */
export function packageFileName(pkg: SubmissionPackage): string {
  const held = TEMPLATE_IDS.filter((id) => pkg.templates[id] !== undefined);
  const parts = held.length === TEMPLATE_IDS.length ? [] : held;
  return `${[pkg.unit.org, pkg.year, ...parts].join("-")}.hso.json`;
}
