import { useState } from "preact/hooks";
import type { PackageError } from "../../shared/package/package-error";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { readPackageFile } from "./read-package-file";

/** Earlier years' packages loaded for the trend; one per unit and year, the latest choice winning. */
export function useTrend() {
  const [packages, setPackages] = useState<SubmissionPackage[]>([]);
  const [refused, setRefused] = useState<{ file: string; error: PackageError }[]>([]);
  const add = async (files: readonly File[]) => {
    const read = await Promise.all(files.map(readPackageFile));
    const accepted = read.flatMap((entry) => (entry.ok ? [entry.package] : []));
    setRefused(read.flatMap((entry) => (entry.ok ? [] : [{ file: entry.file, error: entry.error }])));
    setPackages((before) => {
      const key = (pkg: SubmissionPackage) => `${pkg.unit.org}/${pkg.year}`;
      const byKey = new Map(before.map((pkg) => [key(pkg), pkg]));
      for (const pkg of accepted) byKey.set(key(pkg), pkg);
      return [...byKey.values()].sort((a, b) => a.year - b.year);
    });
    return accepted.length;
  };
  const clear = () => {
    setPackages([]);
    setRefused([]);
  };
  return { packages, refused, add, clear };
}
