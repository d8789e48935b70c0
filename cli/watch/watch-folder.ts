import { type FSWatcher, watch } from "node:fs";
import { isWanted } from "../files/collect-files";

/** Quiet time after the last event before a file is judged: editors write a save in several steps. */
export const SETTLE_MS = 300;

/**
 * Calls `onSettled(name)` once a workbook or package in `folder` has had no events for SETTLE_MS.
 * Watching the folder, not the file, survives atomic saves (write a temp file, rename it over the
 * old one); lock and temp files (`~$x.xlsx`, `.~lock`, `*.tmp`) are ignored.
 */
export function watchFolder(
  folder: string,
  onSettled: (name: string) => void,
  onError: (error: Error) => void,
): { close: () => void } {
  const timers = new Map<string, NodeJS.Timeout>();
  const watcher: FSWatcher = watch(folder, (_event, name) => {
    if (!name || !isWanted(name, { workbooks: true, packages: true })) return;
    clearTimeout(timers.get(name));
    timers.set(
      name,
      setTimeout(() => {
        timers.delete(name);
        onSettled(name);
      }, SETTLE_MS),
    );
  });
  watcher.on("error", onError);
  return {
    close: () => {
      for (const timer of timers.values()) clearTimeout(timer);
      watcher.close();
    },
  };
}
