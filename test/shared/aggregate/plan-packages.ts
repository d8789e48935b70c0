import { buildPackage } from "../../../shared/package/build-package";
import type { SubmissionPackage } from "../../../shared/package/submission-package";
import { TEMPLATES } from "../../../shared/templates/catalogue";

/** Every measure of the plan_status template, as `plan_status.<measure>` field ids. */
export const MEASURES: string[] = TEMPLATES.plan_status.fields
  .filter((field) => field.kind === "status")
  .map((field) => field.id);

/**
 * A plan-status return as a trust sends it: every measure in place unless said otherwise, and a
 * comment on each measure that is not (the template owes one), unless `comments` is false.
 */
export function planPackage(
  org: string,
  year: number,
  statuses: Record<string, string> = {},
  options: { comments?: boolean; notes?: Record<string, string> } = {},
): SubmissionPackage {
  const values: Record<string, string | number> = {
    "plan_status.unit_org": org,
    "plan_status.year": year,
  };
  const notes: Record<string, string> = {};
  for (const id of MEASURES) {
    const status = statuses[id] ?? "in_place";
    values[id] = status;
    if (status !== "in_place" && options.comments !== false) notes[id] = `Kommentar til ${id}.`;
  }
  return buildPackage({
    unit: { org, name: "x" },
    year,
    templates: { plan_status: TEMPLATES.plan_status.version },
    values,
    notes: { ...notes, ...options.notes },
  });
}
