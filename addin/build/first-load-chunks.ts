import { resolve } from "node:path";

/** What rolldown tells a chunk-naming function about the module graph. */
interface GraphContext {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}

const PANE = resolve(import.meta.dirname, "../taskpane.tsx");
const DIALOG = resolve(import.meta.dirname, "../commands/commands-dialog.tsx");

/** Whether `root` imports `id` statically, directly or through other modules (walking up its importers). */
function importedBy(root: string, id: string, context: GraphContext, seen = new Set<string>()): boolean {
  if (id === root) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  const importers = context.getModuleInfo(id)?.importers ?? [];
  return importers.some((importer) => importedBy(root, importer, context, seen));
}

/**
 * The chunk a module the task pane loads when it opens goes in: all of them in one, `pane`; anything
 * else is left to rolldown. Without this, rolldown splits the first load by which lazy chunks also
 * use a module (seven files, each gzipped apart); what is imported only lazily keeps its own chunks
 * (docs/addin.md). The save dialog (commands.html) loads the same `pane` file: a file of its own
 * for what the two pages share cost the pane 0.8 KB gzip, and the dialog is opened from the pane's
 * runtime, which has fetched the file already.
 */
export function firstLoadChunk(id: string, context: GraphContext): string | null {
  // The pages' own entry modules stay their entry files, as their HTML names them.
  if (id === PANE || id === DIALOG || !importedBy(PANE, id, context)) return null;
  return "pane";
}
