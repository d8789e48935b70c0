import type { PackageFile, Refusal } from "../../shared/aggregate/screen-packages";

/** What every section is built from: the packages read (each section validates again), the year. */
export interface ReportInput {
  year: number;
  /** Packages of the report's year and the years before it. */
  packages: PackageFile[];
  /** Files that could not be read as packages, with the reader's reason. */
  unreadable: Refusal[];
}

/** A section of the report: its HTML, or undefined when no package holds its data (it is left out). */
export type ReportSection = (input: ReportInput) => Promise<string | undefined>;
