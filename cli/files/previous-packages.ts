import type { SubmissionPackage } from "../../shared/package/submission-package";

/** Last year's packages, found by unit and year. */
export class PreviousPackages {
  private readonly byKey = new Map<string, SubmissionPackage>();

  constructor(packages: readonly SubmissionPackage[] = []) {
    for (const pkg of packages) this.byKey.set(key(pkg.unit.org, pkg.year), pkg);
  }

  /** The package of `org` for `year`, if one was given. */
  find(org: string | undefined, year: number | undefined): SubmissionPackage | undefined {
    return org === undefined || year === undefined ? undefined : this.byKey.get(key(org, year));
  }
}

function key(org: string, year: number): string {
  return `${org}:${year}`;
}
