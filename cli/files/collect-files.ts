import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { CliFailure } from "../cli-failure";

/** Which files a folder walk picks up. */
export interface CollectOptions {
  workbooks: boolean;
  packages: boolean;
}

/** What a walk found: the files to judge, and what it could not take, each with its reason. */
export interface CollectedInputs {
  files: string[];
  unusable: { file: string; failure: CliFailure }[];
}

/** Whether a file name is an editor's lock or temporary file (Excel's `~$x.xlsx`, LibreOffice's `.~lock`). */
export function isTemporaryName(name: string): boolean {
  return (
    name.startsWith("~$") ||
    name.startsWith(".~lock") ||
    name.startsWith(".") ||
    /\.(tmp|swp|bak)$/i.test(name)
  );
}

/** Whether a walk takes this file: a workbook (.xlsx, macro-enabled .xlsm: no macro is ever run) or a package. */
export function isWanted(name: string, options: CollectOptions): boolean {
  const lower = name.toLowerCase();
  if (isTemporaryName(name)) return false;
  return (
    (options.workbooks && (lower.endsWith(".xlsx") || lower.endsWith(".xlsm"))) ||
    (options.packages && lower.endsWith(".hso.json"))
  );
}

/** Spreadsheets a walk finds but cannot read: said by their format, never skipped silently. */
function spreadsheetFailure(name: string, options: CollectOptions): CliFailure | undefined {
  if (!options.workbooks || isTemporaryName(name)) return undefined;
  if (/\.f?ods$/i.test(name)) return new CliFailure({ code: "odsFormat" });
  if (/\.xls$/i.test(name)) return new CliFailure({ code: "xlsFormat" });
  return undefined;
}

/**
 * The files named, with folders walked (sorted, recursively), and what could not be taken: a
 * missing path, an unreadable folder, a spreadsheet in a format we do not read, a symbolic link
 * (never followed in a walk: it may lead out of the folder or round in a loop). A file named
 * directly is always taken, so a wrong file gets its own reason.
 */
export async function collectInputs(
  paths: readonly string[],
  options: CollectOptions,
): Promise<CollectedInputs> {
  const found: CollectedInputs = { files: [], unusable: [] };
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) found.unusable.push({ file: path, failure: pathFailure(path, info) });
    else if (info.isDirectory()) await walk(path, options, found);
    else found.files.push(path);
  }
  found.files = [...new Set(found.files)];
  return found;
}

/** The files named and found; the first path that cannot be used is a failure (for commands that need all). */
export async function collectFiles(paths: readonly string[], options: CollectOptions): Promise<string[]> {
  const { files, unusable } = await collectInputs(paths, options);
  const fatal = unusable.find(
    (entry) => !["symlinkSkipped", "odsFormat", "xlsFormat"].includes(entry.failure.failure.code),
  );
  if (fatal) throw fatal.failure;
  return files;
}

async function walk(folder: string, options: CollectOptions, found: CollectedInputs): Promise<void> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    found.unusable.push({ file: folder, failure: pathFailure(folder, error as NodeJS.ErrnoException) });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, "nb"));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isSymbolicLink()) {
      if (!isTemporaryName(entry.name))
        found.unusable.push({ file: path, failure: new CliFailure({ code: "symlinkSkipped" }) });
    } else if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && entry.name !== "node_modules") await walk(path, options, found);
    } else if (entry.isFile()) {
      const failure = spreadsheetFailure(entry.name, options);
      if (failure) found.unusable.push({ file: path, failure });
      else if (isWanted(entry.name, options)) found.files.push(path);
    }
  }
}

/** A path that cannot be read, in the user's words: missing, no access, or the system's own code. */
export function pathFailure(path: string, error: NodeJS.ErrnoException): CliFailure {
  if (error.code === "ENOENT" || error.code === "ENOTDIR")
    return new CliFailure({ code: "notFound", params: { file: path } });
  if (error.code === "EACCES" || error.code === "EPERM")
    return new CliFailure({ code: "noAccess", params: { file: path } });
  return new CliFailure({ code: "unreadable", params: { file: path, detail: error.code ?? String(error) } });
}
