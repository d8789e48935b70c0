import { describePackageError } from "../../shared/messages/describe";
import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { ImportResult, RequestOf, ResponseMap } from "../messages";
import { listPackages, packageKey, putPackage } from "../storage/package-store";
import { loadSettings } from "../storage/settings-store";
import { summarizePackage } from "./summarize-package";

type PackageFile = RequestOf<"import-packages">["files"][number];

/**
 * Reads each file strictly with the core (digest, format, fields, types, prototype keys): a file
 * that fails is refused with the core's reason in both languages and nothing of it is stored.
 * The rest are validated (with last year's package of the same unit as `previous` when one is
 * imported in this batch or before) and stored where the user's "keep" setting says.
 */
export async function importPackages(
  request: RequestOf<"import-packages">,
): Promise<ResponseMap["import-packages"]> {
  const { keep } = await loadSettings();
  const parsed = request.files.map((file) => ({ file, result: parsePackage(file.text) }));
  const known = await knownPackages();
  for (const { result } of parsed) if (result.ok) known.set(keyOf(result.package), result.package);
  const results: ImportResult[] = [];
  for (const { file, result } of parsed) {
    if (!result.ok) {
      const error = {
        nb: describePackageError(result.error, "nb"),
        en: describePackageError(result.error, "en"),
      };
      results.push({ file: file.name, ok: false, error });
      continue;
    }
    results.push(await store(file, result.package, known, keep));
  }
  return { results };
}

async function store(
  file: PackageFile,
  pkg: SubmissionPackage,
  known: Map<string, SubmissionPackage>,
  kept: boolean,
): Promise<ImportResult> {
  const previous = known.get(packageKey(pkg.unit.org, pkg.year - 1));
  const summary = summarizePackage(pkg, {
    fileName: file.name,
    importedAt: new Date().toISOString(),
    kept,
    previous,
  });
  const replaced = await putPackage({ text: file.text, summary });
  return { file: file.name, ok: true, package: summary, replaced };
}

function keyOf(pkg: SubmissionPackage): string {
  return packageKey(pkg.unit.org, pkg.year);
}

/** Packages imported earlier, parsed again (stored text is outside data too), by unit and year. */
async function knownPackages(): Promise<Map<string, SubmissionPackage>> {
  const known = new Map<string, SubmissionPackage>();
  for (const entry of await listPackages()) {
    const result = parsePackage(entry.text);
    if (result.ok) known.set(keyOf(result.package), result.package);
  }
  return known;
}
