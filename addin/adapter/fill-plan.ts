import type { SubmissionPackage } from "../../shared/package/submission-package";
import { TEMPLATES } from "../../shared/templates/catalogue";
import type { FieldDef, TemplateId } from "../../shared/templates/field";
import { KINDS } from "../../shared/templates/kinds";
import { PREVIOUS_PREFIX, previousName } from "../../shared/templates/names";

/** One value a fill wants to write under a defined name. */
export interface FillWrite {
  name: string;
  incoming: string | number;
  /** The unit or year of a template: never overwritten with another value, only filled when empty. */
  identity?: boolean;
}

/** A non-empty unit or year cell that a fill would have changed: the fill refuses and names it. */
export interface IdentityRefusal {
  name: string;
  cell: string;
  current: string | number | boolean;
  incoming: string | number;
}

/** Last year's value as the `prev.` cell shows it: a status in the sheet's words, a figure as it is. */
function shownPrevious(field: FieldDef, value: string | number): string | number {
  const choice = KINDS[field.kind].choices?.find((entry) => entry.code === value);
  return choice ? choice.words.nb : value;
}

/**
 * What filling from last year's package writes (docs/addin.md): last year's values into every `prev.`
 * cell the templates have (figures, and statuses in the sheet's words), the package's own year beside
 * the reporting year (`prev.<template>.year`, so comparisons name it when it is not the year before),
 * and the identity for this year: the same unit, and `year` (the year after the package's unless the
 * workbook's own year is given: a package of another year used anyway never changes it). Only
 * templates the workbook holds.
 */
export function planFill(
  previous: SubmissionPackage,
  templates: readonly TemplateId[],
  year = previous.year + 1,
): FillWrite[] {
  const writes: FillWrite[] = [];
  for (const id of templates) {
    for (const field of TEMPLATES[id].fields) {
      const value = field.kind === "year" ? previous.year : previous.values[field.id];
      if (field.kind === "org") writes.push({ name: field.id, incoming: previous.unit.org, identity: true });
      else if (field.kind === "year") writes.push({ name: field.id, incoming: year, identity: true });
      if (field.cell.previous && value !== undefined)
        writes.push({ name: previousName(field.id), incoming: shownPrevious(field, value) });
    }
  }
  return writes;
}

/**
 * The writes that go ahead once the user has answered about overwriting: all of them, or those into
 * empty cells. A template whose recorded year of last year's column is kept (the user said no to
 * overwriting it) gets no `prev.` writes at all: they would stand beside another year than theirs.
 */
export function writesToMake<T extends FillWrite>(
  changing: readonly T[],
  isFilledNow: (write: T) => boolean,
  overwrite: boolean,
): T[] {
  if (overwrite) return [...changing];
  const kept = new Set(
    changing
      .filter((write) => isFilledNow(write) && isPreviousYearName(write.name))
      .map((write) => templateOfName(write.name)),
  );
  return changing.filter(
    (write) =>
      !isFilledNow(write) &&
      !(write.name.startsWith(PREVIOUS_PREFIX) && kept.has(templateOfName(write.name))),
  );
}

function isPreviousYearName(name: string): boolean {
  return name.startsWith(PREVIOUS_PREFIX) && name.endsWith(".year");
}

/** `prev.beds.x` → `beds`. */
function templateOfName(name: string): string {
  return name.slice(PREVIOUS_PREFIX.length).split(".")[0] ?? "";
}

/**
 * The identity cells a fill would change: a unit or year cell that holds another value than the
 * fill's. Any one of them refuses the whole fill (a package for another unit or year would put its
 * figures beside the wrong ones); the same value, or an empty cell, is fine.
 */
export function identityRefusals(
  targets: readonly (FillWrite & { cell: string; before: string | number | boolean })[],
): IdentityRefusal[] {
  return targets
    .filter(
      (target) => target.identity && isFilled(target.before) && !sameValue(target.before, target.incoming),
    )
    .map(({ name, cell, before, incoming }) => ({ name, cell, current: before, incoming }));
}

/** Whether a cell's current value already says what the fill would write (org. no. as text or number). */
export function sameValue(current: unknown, incoming: string | number): boolean {
  return current === incoming || String(current).replace(/\s/g, "") === String(incoming);
}

/** Whether a cell holds anything (Office.js gives "" for an empty cell). */
export function isFilled(current: unknown): boolean {
  return current !== "" && current !== null && current !== undefined;
}
