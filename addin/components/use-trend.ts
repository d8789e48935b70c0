import { useState } from "preact/hooks";
import type { PackageError } from "../../shared/package/package-error";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { readPackageFile } from "./read-package-file";

/** A package loaded for the trend, with the file it came from (named when it is left out). */
export interface TrendPackage {
  file: string;
  pkg: SubmissionPackage;
}

/**
 * Earlier years' packages loaded for the trend; a file chosen again replaces its earlier reading.
 * Two files of one unit and year are both kept: the panel judges whether they disagree
 * (trend-sources.ts), never the order they were chosen in.
 */
export function useTrend() {
  const [loaded, setLoaded] = useState<TrendPackage[]>([]);
  const [refused, setRefused] = useState<{ file: string; error: PackageError }[]>([]);
  const add = async (files: readonly File[]) => {
    const read = await Promise.all(files.map(readPackageFile));
    const accepted = read.flatMap((entry) => (entry.ok ? [{ file: entry.file, pkg: entry.package }] : []));
    setRefused(read.flatMap((entry) => (entry.ok ? [] : [{ file: entry.file, error: entry.error }])));
    setLoaded((before) => {
      const key = ({ file }: TrendPackage) => file;
      const byKey = new Map(before.map((entry) => [key(entry), entry]));
      for (const entry of accepted) byKey.set(key(entry), entry);
      return [...byKey.values()].sort((a, b) => a.pkg.year - b.pkg.year);
    });
    return accepted.length;
  };
  const clear = () => {
    setLoaded([]);
    setRefused([]);
  };
  return { loaded, refused, add, clear };
}
