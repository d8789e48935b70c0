import { inputFromPackage } from "../../shared/package/package-input";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { findField } from "../../shared/templates/catalogue";
import type { FigureToFill } from "../content/content-api";

/**
 * The figures a package can put into a form: every value whose field the catalogue knows, with the
 * catalogue's kind and labels (the content script matches forms by those labels without a profile).
 * Each template's unit and year come from the envelope (`unit.org`, `year`) where the values leave
 * them out, as docs/package.md says the envelope stands in for them; the core's own package input
 * does exactly that. Unknown ids cannot occur in a strictly parsed package, but are skipped.
 */
export function packageFigures(pkg: SubmissionPackage): FigureToFill[] {
  const figures: FigureToFill[] = [];
  for (const [id, value] of Object.entries(inputFromPackage(pkg).values)) {
    const field = findField(id);
    if (field && (typeof value === "number" || typeof value === "string"))
      figures.push({ id, value, kind: field.kind, labels: field.label });
  }
  return figures;
}
