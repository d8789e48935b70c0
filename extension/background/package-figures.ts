import { inputFromPackage } from "../../shared/package/package-input";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { FigureToFill } from "../content/content-api";
import { type FillField, findFillField, NOTE_PREFIX } from "../fill-fields";

/**
 * The figures a package can put into a form: every value whose field the catalogue knows, with the
 * catalogue's kind and labels (the content script matches forms by those labels without a profile).
 * Each template's unit and year come from the envelope (`unit.org`, `year`) where the values leave
 * them out, as docs/package.md says the envelope stands in for them; the core's own package input
 * does exactly that. Unknown ids cannot occur in a strictly parsed package, but are skipped.
 *
 * A plan-status measure gives two: its status, a choice carrying each status's nb and en words
 * (the option texts a list, radio group or combobox may show), and its comment (`notes`), a `note`
 * figure `note.<id>` that only a text area or text field named for a comment of that measure
 * takes. So does every other note: a figure's explanation of a change goes only into the box
 * named for explaining that figure ("Forklaring ved endring i PHV voksne, i alt"), a capacity
 * plan's reason only into its service area's reason box (extension/fill-fields.ts). Shares and
 * rates a package holds (an activity package's rejection rate, phone and video shares) are sent
 * like any figure: they go only into a field that names them, and most forms compute them rather
 * than ask.
 */
export function packageFigures(pkg: SubmissionPackage): FigureToFill[] {
  const figures: FigureToFill[] = [];
  for (const [id, value] of Object.entries(inputFromPackage(pkg).values)) {
    const field = findFillField(id);
    if (field && (typeof value === "number" || typeof value === "string"))
      figures.push(figureOf(field, value));
  }
  for (const [id, text] of Object.entries(pkg.notes)) {
    const note = findFillField(`${NOTE_PREFIX}${id}`);
    if (note && typeof text === "string" && text.trim() !== "") figures.push(figureOf(note, text));
  }
  return figures;
}

function figureOf(field: FillField, value: number | string): FigureToFill {
  return {
    id: field.id,
    value,
    kind: field.kind,
    labels: field.labels,
    ...(field.aliases === undefined ? {} : { aliases: field.aliases }),
    ...(field.choices === undefined ? {} : { choices: field.choices }),
  };
}
