import { type FSWatcher, watch } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { isWanted } from "../files/collect-files";

/** Quiet time after the last event before a file is judged: editors write a save in several steps. */
export const SETTLE_MS = 300;
/** How often the folder itself is looked for: inotify says nothing useful once it is deleted. */
export const FOLDER_POLL_MS = 1000;

/** What the watch is told besides settled files. */
export interface FolderEvents {
  onSettled: (name: string) => void;
  /** The folder was deleted or moved away; watching waits for it. */
  onGone: () => void;
  /** The folder is back; `names` are the workbooks and packages now in it. */
  onBack: (names: string[]) => void;
}

/**
 * Calls `onSettled(name)` once a workbook or package in `folder` has had no events for SETTLE_MS.
 * Watching the folder, not the file, survives atomic saves (write a temp file, rename it over the
 * old one); lock and temp files (`~$x.xlsx`, `.~lock`, `*.tmp`) are ignored. A folder that
 * disappears is said once and watched for until it returns.
 */
export function watchFolder(folder: string, events: FolderEvents): { close: () => void } {
  const timers = new Map<string, NodeJS.Timeout>();
  let watcher: FSWatcher | undefined;
  let present = true;
  const settle = (name: string) => {
    clearTimeout(timers.get(name));
    timers.set(
      name,
      setTimeout(() => {
        timers.delete(name);
        events.onSettled(name);
      }, SETTLE_MS),
    );
  };
  const start = () => {
    watcher = watch(folder, (_event, name) => {
      if (name && isWanted(name, { workbooks: true, packages: true })) settle(name);
    });
    // A watcher that fails (the folder went away under it) is replaced when the folder is back.
    watcher.on("error", () => stop());
  };
  const stop = () => {
    watcher?.close();
    watcher = undefined;
  };
  const poll = setInterval(async () => {
    const exists = (await stat(folder).catch(() => undefined))?.isDirectory() === true;
    if (present && !exists) {
      present = false;
      stop();
      events.onGone();
    } else if (!present && exists) {
      present = true;
      start();
      const names = await readdir(folder).catch(() => [] as string[]);
      events.onBack(names.filter((name) => isWanted(name, { workbooks: true, packages: true })).sort());
    }
  }, FOLDER_POLL_MS);
  start();
  return {
    close: () => {
      clearInterval(poll);
      for (const timer of timers.values()) clearTimeout(timer);
      stop();
    },
  };
}
