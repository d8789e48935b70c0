import { describePackageError } from "../../shared/messages/describe";
import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { ImportResult, PackageSummary, RequestOf, ResponseMap } from "../messages";
import {
  covers,
  listPackages,
  putPackages,
  removePackage,
  type StoredPackage,
} from "../storage/package-store";
import { loadSettings } from "../storage/settings-store";
import { forgetResultsOfPackage } from "../storage/tab-results";
import { clashDetail, clashWords, disagreement, type NamedPackage } from "./package-clash";
import { summarizePackage } from "./summarize-package";

type PackageFile = RequestOf<"import-packages">["files"][number];

/**
 * Reads each file strictly with the core (digest, format, fields, types, prototype keys): a file
 * that fails is refused with the core's reason in both languages and nothing of it is stored.
 * Two files of one import for the same unit, year and template with different figures are both
 * refused, each naming the other: which is right is the user's choice, never the file order's.
 * A file that disagrees with a package imported before, which it does not replace (it lacks one
 * of its templates), is refused naming that package. The rest are validated (with last year's
 * packages of the same unit as `previous`, from this batch or before) and stored where the
 * user's "keep" setting says; each result names the files it replaced. A refused clash carries
 * where the files differ (`clash`), so the import page can ask which to keep; the user's choice
 * comes back as that file alone, with `replacing` naming an imported package it is chosen over.
 */
export async function importPackages(
  request: RequestOf<"import-packages">,
): Promise<ResponseMap["import-packages"]> {
  const { keep } = await loadSettings();
  const parsed = request.files.map((file) => ({ file, result: parsePackage(file.text) }));
  const batch = parsed.flatMap(({ file, result }) =>
    result.ok ? [{ fileName: file.name, pkg: result.package }] : [],
  );
  const clashing = new Set(
    batch.filter((one) => batch.some((other) => clashes(one, other))).map((one) => one.pkg),
  );
  // The packages the user chose these files over are removed first, so they clash with nothing.
  for (const { org, year, templates } of request.replacing ?? []) {
    await removePackage(org, year, templates);
    await forgetResultsOfPackage(org, year);
  }
  let stored = await listPackages();
  const known = [...storedPackages(stored), ...batch.filter((one) => !clashing.has(one.pkg))];
  const results: ImportResult[] = [];
  const storing: StoredPackage[] = [];
  for (const { file, result } of parsed) {
    if (!result.ok) {
      const error = {
        nb: describePackageError(result.error, "nb"),
        en: describePackageError(result.error, "en"),
      };
      results.push({ file: file.name, ok: false, error });
      continue;
    }
    const clash = clashOf(file.name, result.package, batch, stored);
    if (clash) {
      results.push(clash);
      continue;
    }
    const entry = { text: file.text, summary: summaryOf(file, result.package, known, keep) };
    stored = [...stored.filter((other) => !covers(entry.summary, other.summary)), entry];
    storing.push(entry);
    results.push({ file: file.name, ok: true, package: entry.summary, replaced: [] });
  }
  const replaced = await putPackages(storing);
  for (const result of results)
    if (result.ok)
      result.replaced = replaced[storing.findIndex((entry) => entry.summary === result.package)] ?? [];
  return { results };
}

function clashes(one: NamedPackage, other: NamedPackage): boolean {
  return one.pkg !== other.pkg && disagreement(one.pkg, other.pkg).length > 0;
}

/** The refusal of a package that disagrees with another file of this import, or with a stored one. */
function clashOf(
  fileName: string,
  pkg: SubmissionPackage,
  batch: readonly NamedPackage[],
  stored: readonly StoredPackage[],
): ImportResult | undefined {
  const inBatch = batch.filter((other) => clashes({ fileName, pkg }, other));
  if (inBatch.length > 0) {
    const ids = disagreement(pkg, inBatch[0]?.pkg as SubmissionPackage);
    const others = inBatch.map((other) => other.fileName);
    const clash = clashDetail([{ fileName, pkg }, ...inBatch], ids);
    return { file: fileName, ok: false, error: clashWords(fileName, others, ids, false), clash };
  }
  const summary = { org: pkg.unit.org, year: pkg.year, templates: Object.keys(pkg.templates) };
  for (const entry of stored) {
    const overlaps = entry.summary.templates.some((template) => summary.templates.includes(template));
    if (!overlaps || covers({ ...entry.summary, ...summary }, entry.summary)) continue;
    const before = parsePackage(entry.text);
    if (!before.ok) continue;
    const ids = disagreement(pkg, before.package);
    if (ids.length === 0) continue;
    const { org, year, templates, fileName: storedName } = entry.summary;
    const clash = clashDetail(
      [
        { fileName, pkg },
        { fileName: storedName, pkg: before.package },
      ],
      ids,
      { org, year, templates },
    );
    return { file: fileName, ok: false, error: clashWords(fileName, [storedName], ids, true), clash };
  }
  return undefined;
}

function summaryOf(
  file: PackageFile,
  pkg: SubmissionPackage,
  known: readonly NamedPackage[],
  kept: boolean,
): PackageSummary {
  return summarizePackage(pkg, {
    fileName: file.name,
    importedAt: new Date().toISOString(),
    kept,
    previous: previousOf(pkg, known),
  });
}

/**
 * Last year's figures of the package's unit: every package of that unit and the year before
 * (beds and staffing may be two files), their values together.
 */
function previousOf(pkg: SubmissionPackage, known: readonly NamedPackage[]): SubmissionPackage | undefined {
  const last = known
    .map((entry) => entry.pkg)
    .filter((other) => other.unit.org === pkg.unit.org && other.year === pkg.year - 1);
  const [first] = last;
  if (first === undefined) return undefined;
  return { ...first, values: Object.assign({}, ...last.map((other) => other.values)) };
}

/** Packages imported earlier, parsed again (stored text is outside data too). */
function storedPackages(stored: readonly StoredPackage[]): NamedPackage[] {
  return stored.flatMap((entry) => {
    const result = parsePackage(entry.text);
    return result.ok ? [{ fileName: entry.summary.fileName, pkg: result.package }] : [];
  });
}
