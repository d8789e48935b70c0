import type { Lang } from "../../../shared/messages/lang";
import type { Words } from "../../../shared/templates/field";
import type { FieldInfo } from "../../content/content-api";
import type { FigureRow } from "../../messages";

/** A row's figures by their catalogue labels ("Rapporterende enhet (org.nr.)"), each once. */
export function rowLabel(lang: Lang, row: FigureRow, labels: Record<string, Words>): string {
  return [...new Set(row.ids.map((id) => labels[id]?.[lang] ?? id))].join(" / ");
}

/**
 * A field of the page as the user finds it: its label and, after a dash, its section; a field
 * without a name (an input in a table cell) by its section alone, which begins with its header.
 */
export function fieldText(field: FieldInfo): string {
  return field.label && field.section ? `${field.label} – ${field.section}` : field.label || field.section;
}

/** How sure the engine is, as a whole percentage. */
export function scoreText(lang: Lang, score: number): string {
  return new Intl.NumberFormat(lang === "nb" ? "nb-NO" : "en-GB", { style: "percent" }).format(score);
}

/**
 * The rows of a fill whose figure was written and then changed by the page's own code: put back
 * (`restored` says whether it took its old value) or not kept. try-form says the same
 * (scripts/try-form/fill-once.js): such a page did not draw its form late, it rewrote the figures.
 */
export function changedByPage(rows: readonly FigureRow[]): FigureRow[] {
  // A value the fill left alone and the page overwrote was not written: its row says so itself.
  return rows.filter(
    (row) => row.overwritten === undefined && (row.restored !== undefined || row.outcome === "not_kept"),
  );
}
