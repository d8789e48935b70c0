import { realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";

/**
 * Whether two paths are the same file: the same path once symbolic links are resolved, or the same
 * device and inode (a hard link, or a link through a linked folder). Comparing path strings let
 * `export --out link-to-workbook` overwrite the workbook. A path that does not exist yet is only
 * the same as another when it resolves to it.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [realA, realB] = await Promise.all([realOrResolved(a), realOrResolved(b)]);
  if (realA === realB) return true;
  const [infoA, infoB] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return infoA !== undefined && infoB !== undefined && infoA.dev === infoB.dev && infoA.ino === infoB.ino;
}

async function realOrResolved(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}
