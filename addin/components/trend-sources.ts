import type { Lang } from "../../shared/messages/lang";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { TrendPackage } from "./use-trend";

/** Why a loaded package is left out of the trend (said beside it, with its file). */
export type LeftOutReason =
  | { kind: "own-year"; year: number }
  | { kind: "later-year"; year: number; workbookYear: number }
  | { kind: "disagree"; year: number; files: string[] };

export interface TrendSources {
  included: SubmissionPackage[];
  left: { file: string; reason: LeftOutReason }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Two packages of one unit and year disagree when a field or note both hold differs. */
function disagree(a: SubmissionPackage, b: SubmissionPackage): boolean {
  const differs = (x: Record<string, unknown>, y: Record<string, unknown>) =>
    Object.keys(x).some((id) => id in y && !same(x[id], y[id]));
  return differs(a.values, b.values) || differs(a.notes, b.notes);
}

/**
 * The packages a trend of one unit may use. "I år" is the workbook's alone: a package of its own year
 * or a later one is left out and named, never merged into this year's column (docs/addin.md). Two
 * packages of the same year that disagree are both left out and named: the pane cannot know which
 * figure is that year's, so it picks neither.
 */
export function trendSources(
  packages: readonly TrendPackage[],
  workbookYear: number | undefined,
): TrendSources {
  const left: TrendSources["left"] = [];
  const earlier: TrendPackage[] = [];
  for (const entry of packages) {
    const year = entry.pkg.year;
    if (workbookYear !== undefined && year === workbookYear)
      left.push({ file: entry.file, reason: { kind: "own-year", year } });
    else if (workbookYear !== undefined && year > workbookYear)
      left.push({ file: entry.file, reason: { kind: "later-year", year, workbookYear } });
    else earlier.push(entry);
  }
  const included: SubmissionPackage[] = [];
  for (const entry of earlier) {
    const rivals = earlier.filter(
      (other) => other !== entry && other.pkg.year === entry.pkg.year && disagree(entry.pkg, other.pkg),
    );
    if (rivals.length === 0) included.push(entry.pkg);
    else {
      const files = [entry, ...rivals].map((each) => each.file).sort();
      left.push({ file: entry.file, reason: { kind: "disagree", year: entry.pkg.year, files } });
    }
  }
  return { included, left: dedupeDisagreements(left) };
}

/** One line per disagreeing year, not one per file. */
function dedupeDisagreements(left: TrendSources["left"]): TrendSources["left"] {
  const seen = new Set<string>();
  return left.filter(({ reason }) => {
    if (reason.kind !== "disagree") return true;
    const key = `${reason.year}:${reason.files.join("|")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const list = (files: string[], lang: Lang) => {
  const and = lang === "nb" ? " og " : " and ";
  return files.length < 2 ? files.join("") : `${files.slice(0, -1).join(", ")}${and}${files.at(-1)}`;
};

/** The line said for a left-out package, in the pane's language (the trend chunk's own words). */
export function leftOutLine(file: string, reason: LeftOutReason, lang: Lang): string {
  if (reason.kind === "own-year")
    return lang === "nb"
      ? `${file} er for ${reason.year}, arbeidsbokens eget år: «i år» er arbeidsbokens tall, så pakken er ikke tatt med.`
      : `${file} is for ${reason.year}, the workbook's own year: "this year" is the workbook's figures, so the package is left out.`;
  if (reason.kind === "later-year")
    return lang === "nb"
      ? `${file} er for ${reason.year}, etter arbeidsbokens år ${reason.workbookYear}; den er ikke tatt med.`
      : `${file} is for ${reason.year}, after the workbook's year ${reason.workbookYear}; it is left out.`;
  const two = reason.files.length === 2;
  return lang === "nb"
    ? `${list(reason.files, lang)} er ${two ? "begge" : "alle"} for ${reason.year}, men tallene er ulike; ${reason.year} er ikke tatt med. Velg bare den riktige filen.`
    : `${list(reason.files, lang)} are ${two ? "both" : "all"} for ${reason.year}, but their figures differ; ${reason.year} is left out. Choose only the right file.`;
}
