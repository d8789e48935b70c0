import type { TemplateId } from "../templates/field";
import type { Issue } from "./issue";

/** `edit` while a controller works (year-over-year changes warn); `export` when a package is made (they block). */
export type Phase = "edit" | "export";

/** What a validation pass is asked to judge. */
export interface ValidateOptions {
  templates: readonly TemplateId[];
  phase: Phase;
  /** The year being reported, when known from outside the figures (a package's year, the CLI's --year). */
  year?: number;
}

/** Counts by severity. */
export interface ReportStats {
  errors: number;
  warnings: number;
  infos: number;
}

/** The outcome of a validation pass: issues as data, never an exception. */
export interface Report {
  /** No errors (warnings allowed). */
  ok: boolean;
  issues: Issue[];
  stats: ReportStats;
  /** Field id → the value as read (numbers as numbers, org. no. as 9 digits, dates ISO), for packages. */
  values: Record<string, number | string>;
}
