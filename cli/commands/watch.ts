import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { CliContext } from "../cli-context";
import { CliFailure, failureLine } from "../cli-failure";
import { checkFiles, type Outcome } from "../files/check-files";
import { parseOptions } from "../parse-options";
import { saveLine } from "../watch/save-line";
import { watchFolder } from "../watch/watch-folder";

/** An unusable file is said only once its content has held still this long: a slow save is not "unusable". */
export const UNUSABLE_STABLE_MS = 1500;

/** `watch <folder>`: judges each workbook when it is saved, one line per save, until Ctrl+C. */
export async function watchCommand(args: string[], context: CliContext): Promise<number> {
  const { positionals } = parseOptions(args, {});
  const folder = positionals[0];
  if (folder === undefined)
    throw new CliFailure({ code: "missingArgument", params: { what: "<mappe>/<folder>" } });
  const info = await stat(folder).catch(() => undefined);
  if (!info) throw new CliFailure({ code: "notFound", params: { file: folder } });
  if (!info.isDirectory()) throw new CliFailure({ code: "notAFolder", params: { folder } });
  const saves = judgeSaves(folder, context);
  return new Promise((resolve) => {
    const watcher = watchFolder(folder, {
      onSettled: saves.judge,
      onGone: () => {
        saves.forget();
        context.io.err(context.words.watchFolderGone(folder));
      },
      onBack: (names) => {
        context.io.err(context.words.watchFolderBack(folder));
        for (const name of names) saves.judge(name);
      },
    });
    const stop = (code: number) => {
      watcher.close();
      saves.forget();
      process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
      resolve(code);
    };
    const onSignal = () => stop(0);
    process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
    context.io.err(context.words.watching(folder));
  });
}

/**
 * Judges saved files one at a time (lines never interleave). A file is known by the hash of its
 * content, not its size and time: `cp -p` or `mv` of another version keeps both and is still a
 * new save, while several events for one save give one line.
 */
function judgeSaves(folder: string, context: CliContext) {
  const judged = new Map<string, string>();
  const waiting = new Set<NodeJS.Timeout>();
  const quiet = { ...context, io: { ...context.io, errIsTty: false } };
  let queue = Promise.resolve();
  const judge = (name: string) => {
    queue = queue.then(async () => {
      const path = join(folder, name);
      const before = await contentHash(path);
      if (before === undefined || judged.get(name) === before) return;
      const [outcome] = await checkFiles([path], { workbookPhase: "edit" }, quiet);
      // Changed while being read: the next event's check will judge the finished file.
      if (outcome === undefined || (await contentHash(path)) !== before) return;
      if ("failure" in outcome) return laterIfStill(name, before, outcome);
      judged.set(name, before);
      context.io.out(saveLine(name, outcome, context));
    });
    // One surprise must not stop the watch nor leave the queue rejected for every later save.
    queue = queue.catch((error: unknown) => context.io.err(failureLine(error, context.lang)));
  };
  /** An unusable file may be a save still being written: said only if it has not changed since. */
  const laterIfStill = (name: string, hash: string, outcome: Outcome) => {
    const timer = setTimeout(async () => {
      waiting.delete(timer);
      const now = await contentHash(join(folder, name));
      if (now !== hash || judged.get(name) === hash) return;
      judged.set(name, hash);
      context.io.out(saveLine(name, outcome, context));
    }, UNUSABLE_STABLE_MS);
    waiting.add(timer);
  };
  const forget = () => {
    judged.clear();
    for (const timer of waiting) clearTimeout(timer);
    waiting.clear();
  };
  return { judge, forget };
}

async function contentHash(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const bytes = await readFile(path).catch(() => undefined);
  return bytes && createHash("sha256").update(bytes).digest("hex");
}
