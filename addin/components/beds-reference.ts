import { identityOf } from "../../shared/package/identity-of";
import type { RawValue } from "../../shared/report/validation-input";
import { TEMPLATES } from "../../shared/templates/catalogue";
import type { TemplateId } from "../../shared/templates/field";
import type { WorkbookSnapshot } from "../adapter/workbook-adapter";
import { needsBedsReference } from "./needs-beds-reference";

/**
 * Last year's beds package, loaded by the controller for a capacity plan in a workbook without the
 * beds sheet (docs/addin.md): the beds the plan's first year is set beside. Plain data; the unit and
 * the plan's year it was accepted for are kept, so it is used only while the workbook still says them.
 */
export interface BedsReference {
  file: string;
  org: string;
  /** The year the beds were reported for (the package's year). */
  year: number;
  /** The year the plan is made in, as the workbook said when the package was accepted. */
  planYear: number;
  /** The package's figures for the beds the plan's first years are checked against. */
  values: Readonly<Record<string, RawValue>>;
}

/** The beds fields the templates' planned figures are checked against (`reported`), once each. */
export function reportedBedsFields(templates: readonly TemplateId[]): string[] {
  const ids = templates.flatMap((id) => TEMPLATES[id].fields.flatMap((field) => field.reported ?? []));
  return [...new Set(ids)];
}

/** Whether the reference belongs to the workbook as it is now: the same unit and plan year. */
export function referenceApplies(snapshot: WorkbookSnapshot, reference: BedsReference): boolean {
  if (!needsBedsReference(snapshot.templates)) return false;
  const { org, year } = identityOf(snapshot.input.values, snapshot.templates);
  return org === reference.org && year === reference.planYear;
}

/**
 * The snapshot as the core judges it with the reference: its beds as last year's figures, and the
 * package named as their source, so the finding says the file and the year the beds are from.
 */
export function withBedsReference(
  snapshot: WorkbookSnapshot,
  reference: BedsReference | undefined,
): WorkbookSnapshot {
  if (!reference || !referenceApplies(snapshot, reference)) return snapshot;
  const { input } = snapshot;
  const source = { year: reference.year, file: reference.file, templates: ["beds"] };
  return {
    ...snapshot,
    input: {
      ...input,
      previous: { ...reference.values, ...input.previous },
      previousFrom: [...(input.previousFrom ?? []), source],
    },
  };
}
