import type { TemplateId } from "../../shared/templates/field";

/**
 * Whether the workbook has a capacity plan and not the beds sheet its first year is set beside
 * (docs/addin.md): then the pane offers to load last year's beds package. Kept apart from the rest of
 * the beds reference, which is fetched only for such a workbook.
 */
export function needsBedsReference(templates: readonly TemplateId[]): boolean {
  return templates.includes("capacity_plan") && !templates.includes("beds");
}
