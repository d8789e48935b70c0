import { inputFromPackage, templatesOfPackage } from "../package/package-input";
import type { SubmissionPackage } from "../package/submission-package";
import type { IssueParams } from "../report/issue";
import { validate } from "../report/validate";
import { templatesAskedIn } from "../templates/catalogue";
import type { TemplateId } from "../templates/field";
import { findUnit, REPORTING_UNITS } from "../units/reporting-units";
import { expectsTemplate } from "../units/unit-returns";
import { contradictionOf, type PackageFile, type Refusal } from "./screen-packages";

/** Where one expected return stands: not expected of the unit at all, or one of the four states. */
export type ReturnState = "not_expected" | "missing" | "conflict" | "errors" | "warnings" | "ready";

/** A change against last year's package that needs a written explanation and has none. */
export interface UnexplainedChange {
  org: string;
  template: TemplateId;
  field: string;
  params: IssueParams;
  file: string;
}

/** One unit × template cell of the status table. */
export interface ReturnStatus {
  state: ReturnState;
  errors: number;
  warnings: number;
  unexplained: number;
  /** The file the return came in (the first, when several agree). */
  file?: string;
  /** With state `conflict`: every file that holds this return, none of them counted. */
  conflicting?: string[];
  /**
   * Last year's packages for the unit and template disagree: these files. No change against last
   * year was checked (neither copy can be trusted); that counts as one warning, so never ready.
   */
  previousConflicting?: string[];
  /** When the package was last validated (its `validation.validatedAt`), ISO. */
  changedAt?: string;
}

/** The findings that count as an unexplained change in the `status` table. */
const UNEXPLAINED_CODES: ReadonlySet<string> = new Set(["change_unexplained", "plan_change_unexplained"]);

/** One unit's row: every template of the catalogue, and the unit's totals. */
export interface UnitStatus {
  org: string;
  unit: string;
  returns: Record<string, ReturnStatus>;
  unexplained: number;
  lastChange?: string;
}

/** Who has sent what for one year. */
export interface StatusTable {
  year: number;
  templates: TemplateId[];
  units: UnitStatus[];
  unexplained: UnexplainedChange[];
  refused: Refusal[];
  /** Every expected return ready: no errors and no warnings (a return with warnings is not ready). */
  complete: boolean;
}

/**
 * The status of every unit × template for a year, from packages: each is validated again as exported
 * figures, against the same unit's package of the year before where one is given, so an unexplained
 * change counts. Which templates a unit owes is `unit-returns.ts`'s data (Sunnaas owes no beds).
 */
export function returnStatus(
  files: readonly PackageFile[],
  year: number,
  templates: readonly TemplateId[] = templatesAskedIn(year),
): StatusTable {
  const refused: Refusal[] = [];
  const known = files.filter((entry) => {
    const contradiction = contradictionOf(entry.pkg);
    if (!findUnit(entry.pkg.unit.org)) {
      refused.push({ file: entry.file, reason: { code: "unknown_unit", org: entry.pkg.unit.org } });
    } else if (contradiction) refused.push({ file: entry.file, reason: contradiction });
    return findUnit(entry.pkg.unit.org) !== undefined && contradiction === undefined;
  });
  const unexplained: UnexplainedChange[] = [];
  const units = REPORTING_UNITS.map((unit) => {
    const returns: Record<string, ReturnStatus> = {};
    for (const template of templates) {
      returns[template] = expectsTemplate(unit, template)
        ? statusOf(known, unit.org, template, year, unexplained)
        : { state: "not_expected", errors: 0, warnings: 0, unexplained: 0 };
    }
    return summarised(unit.org, unit.name, returns);
  });
  const complete = units.every((row) =>
    Object.values(row.returns).every((cell) => cell.state === "not_expected" || cell.state === "ready"),
  );
  return { year, templates: [...templates], units, unexplained, refused, complete };
}

/** Expected returns that are ready: in, with no errors and no warnings left. */
export function readyCount(table: StatusTable): number {
  return table.units.flatMap((row) => Object.values(row.returns)).filter((cell) => cell.state === "ready")
    .length;
}

/** Every return some unit owes for the year. */
export function expectedCount(table: StatusTable): number {
  return table.units
    .flatMap((row) => Object.values(row.returns))
    .filter((cell) => cell.state !== "not_expected").length;
}

function statusOf(
  files: readonly PackageFile[],
  org: string,
  template: TemplateId,
  year: number,
  unexplained: UnexplainedChange[],
): ReturnStatus {
  const holding = (wanted: number) =>
    files.filter(
      (entry) =>
        entry.pkg.unit.org === org &&
        entry.pkg.year === wanted &&
        templatesOfPackage(entry.pkg).includes(template),
    );
  const these = holding(year);
  const first = these[0];
  if (!first) return { state: "missing", errors: 0, warnings: 0, unexplained: 0 };
  const changedAt = first.pkg.validation?.validatedAt;
  const base = { file: first.file, ...(changedAt ? { changedAt } : {}) };
  // Two copies that disagree: neither is the return, so both are named and none is judged.
  if (disagree(these, template)) {
    const conflicting = these.map((entry) => entry.file);
    return { state: "conflict", errors: 0, warnings: 0, unexplained: 0, ...base, conflicting };
  }
  const before = holding(year - 1);
  const previousConflicting = disagree(before, template) ? before.map((entry) => entry.file) : undefined;
  const previous = previousConflicting ? undefined : before[0]?.pkg;
  const report = validate(inputFromPackage(first.pkg, previous), {
    templates: [template],
    phase: "export",
    year,
  });
  // A planned change without its reason is owed an explanation just as a change from last year is.
  const changes = report.issues.filter((issue) => UNEXPLAINED_CODES.has(issue.code));
  for (const issue of changes)
    unexplained.push({ org, template, field: issue.field, params: issue.params, file: first.file });
  // Unchecked against last year counts as a warning: an explanation may be owed that no one can see.
  const { errors } = report.stats;
  const warnings = report.stats.warnings + (previousConflicting ? 1 : 0);
  const state = errors > 0 ? "errors" : warnings > 0 ? "warnings" : "ready";
  return {
    state,
    errors,
    warnings,
    unexplained: changes.length,
    ...base,
    ...(previousConflicting ? { previousConflicting } : {}),
  };
}

/** Whether copies of one return disagree: other values or other notes (a comment, an explanation). */
function disagree(copies: readonly PackageFile[], template: TemplateId): boolean {
  const [first, ...rest] = copies;
  return first !== undefined && rest.some((entry) => !sameReturn(entry.pkg, first.pkg, template));
}

function sameReturn(a: SubmissionPackage, b: SubmissionPackage, template: TemplateId): boolean {
  return sameMembers(a.values, b.values, template) && sameMembers(a.notes, b.notes, template);
}

function sameMembers(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
  template: TemplateId,
): boolean {
  const keys = new Set(
    [...Object.keys(a), ...Object.keys(b)].filter((key) => key.startsWith(`${template}.`)),
  );
  return [...keys].every((key) => a[key] === b[key]);
}

function summarised(org: string, unit: string, returns: Record<string, ReturnStatus>): UnitStatus {
  const cells = Object.values(returns);
  const dates = cells.flatMap((cell) => (cell.changedAt ? [cell.changedAt] : [])).sort();
  const lastChange = dates.at(-1);
  return {
    org,
    unit,
    returns,
    unexplained: cells.reduce((sum, cell) => sum + cell.unexplained, 0),
    ...(lastChange ? { lastChange } : {}),
  };
}
