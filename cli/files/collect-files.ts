import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { CliFailure } from "../cli-failure";

/** Which files a folder walk picks up. */
export interface CollectOptions {
  workbooks: boolean;
  packages: boolean;
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

/** Whether a walk takes this file: a workbook or a package, not a temporary file. */
export function isWanted(name: string, options: CollectOptions): boolean {
  const lower = name.toLowerCase();
  if (isTemporaryName(name)) return false;
  return (options.workbooks && lower.endsWith(".xlsx")) || (options.packages && lower.endsWith(".hso.json"));
}

/**
 * The files named, with folders walked (sorted, recursively). A file named directly is always
 * taken, so a wrong file gets a clear reason instead of being skipped; a missing path is unusable.
 */
export async function collectFiles(paths: readonly string[], options: CollectOptions): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new CliFailure({ code: "notFound", params: { file: path } });
    if (info.isDirectory()) files.push(...(await walk(path, options)));
    else files.push(path);
  }
  return [...new Set(files)];
}

async function walk(folder: string, options: CollectOptions): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, "nb"));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules") {
      files.push(...(await walk(path, options)));
    } else if (entry.isFile() && isWanted(basename(path), options)) files.push(path);
  }
  return files;
}
