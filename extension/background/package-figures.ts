import type { SubmissionPackage } from "../../shared/package/submission-package";
import { findField } from "../../shared/templates/catalogue";
import type { FigureToFill } from "../content/content-api";

/**
 * The figures a package can put into a form: every value whose field the catalogue knows, with the
 * catalogue's kind and labels (the content script matches forms by those labels without a profile).
 * Unknown ids cannot occur in a strictly parsed package, but are skipped rather than trusted.
 */
export function packageFigures(pkg: SubmissionPackage): FigureToFill[] {
  const figures: FigureToFill[] = [];
  for (const [id, value] of Object.entries(pkg.values)) {
    const field = findField(id);
    if (field) figures.push({ id, value, kind: field.kind, labels: field.label });
  }
  return figures;
}
