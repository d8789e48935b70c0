import { basename } from "node:path";
import { canonicalJson } from "../../shared/package/canonical-json";
import { templatesOfPackage } from "../../shared/package/package-input";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { PreviousSource, RawValue } from "../../shared/report/validation-input";
import { CliFailure } from "../cli-failure";

/** One `--previous` file as read. */
export interface PreviousFile {
  file: string;
  pkg: SubmissionPackage;
}

/** Last year's figures of one unit: every template's package merged, and where each came from. */
export interface LastYear {
  values: Readonly<Record<string, RawValue>>;
  sources: readonly PreviousSource[];
}

/**
 * Last year's packages, found by unit and year. A unit sends one package per template (beds and
 * staffing apart), so all of a unit's packages of the year count together; two copies of one
 * template that disagree are refused with both files named, never one picked (docs/cli.md).
 */
export class PreviousPackages {
  private readonly byKey = new Map<string, PreviousFile[]>();

  constructor(files: readonly PreviousFile[] = []) {
    for (const entry of files) {
      const key = keyOf(entry.pkg.unit.org, entry.pkg.year);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), entry]);
    }
  }

  /** Last year's figures of `org` for `year`, if any were given. */
  find(org: string | undefined, year: number | undefined): LastYear | undefined {
    if (org === undefined || year === undefined) return undefined;
    const files = this.byKey.get(keyOf(org, year));
    if (!files) return undefined;
    const kept: PreviousFile[] = [];
    for (const entry of files) {
      const twin = kept.find((other) => sharesTemplate(other.pkg, entry.pkg));
      if (twin === undefined) kept.push(entry);
      else if (!sameFigures(twin.pkg, entry.pkg)) throw disagreement(twin, entry);
    }
    return {
      values: Object.assign({}, ...kept.map((entry) => entry.pkg.values)),
      sources: kept.map((entry) => ({
        year: entry.pkg.year,
        file: basename(entry.file),
        templates: templatesOfPackage(entry.pkg),
      })),
    };
  }
}

function keyOf(org: string, year: number): string {
  return `${org}:${year}`;
}

function sharesTemplate(a: SubmissionPackage, b: SubmissionPackage): boolean {
  return templatesOfPackage(a).some((template) => Object.hasOwn(b.templates, template));
}

/** Copies of one return: the same templates, figures and notes, whatever their digests or creation times. */
function sameFigures(a: SubmissionPackage, b: SubmissionPackage): boolean {
  const contents = (pkg: SubmissionPackage) =>
    canonicalJson({ templates: pkg.templates, values: pkg.values, notes: pkg.notes });
  return contents(a) === contents(b);
}

function disagreement(first: PreviousFile, second: PreviousFile): CliFailure {
  return new CliFailure({
    code: "previousConflict",
    params: {
      org: first.pkg.unit.org,
      year: String(first.pkg.year),
      first: basename(first.file),
      second: basename(second.file),
    },
  });
}
