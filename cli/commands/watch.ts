import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { CliContext } from "../cli-context";
import { CliFailure, failureLine } from "../cli-failure";
import { checkFiles } from "../files/check-files";
import { parseOptions } from "../parse-options";
import { saveLine } from "../watch/save-line";
import { watchFolder } from "../watch/watch-folder";

/** `watch <folder>`: judges each workbook when it is saved, one line per save, until Ctrl+C. */
export async function watchCommand(args: string[], context: CliContext): Promise<number> {
  const { positionals } = parseOptions(args, {});
  const folder = positionals[0];
  if (folder === undefined)
    throw new CliFailure({ code: "missingArgument", params: { what: "<mappe>/<folder>" } });
  const info = await stat(folder).catch(() => undefined);
  if (!info) throw new CliFailure({ code: "notFound", params: { file: folder } });
  if (!info.isDirectory()) throw new CliFailure({ code: "notAFolder", params: { folder } });
  const judge = judgeSaves(folder, context);
  return new Promise((resolve) => {
    const watcher = watchFolder(folder, judge, (error) => {
      context.io.err(failureLine(error, context.lang));
      stop(2);
    });
    const stop = (code: number) => {
      watcher.close();
      process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
      resolve(code);
    };
    const onSignal = () => stop(0);
    process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
    context.io.err(context.words.watching(folder));
  });
}

/**
 * Judges saved files one at a time (lines never interleave), skipping a file whose size and time
 * are unchanged since it was last judged (several events for one save) and one still being written.
 */
function judgeSaves(folder: string, context: CliContext): (name: string) => void {
  const judged = new Map<string, string>();
  let queue = Promise.resolve();
  return (name) => {
    queue = queue.then(async () => {
      const path = join(folder, name);
      const before = await signature(path);
      if (before === undefined || judged.get(name) === before) return;
      const [outcome] = await checkFiles(
        [path],
        { workbookPhase: "edit" },
        { ...context, io: { ...context.io, errIsTty: false } },
      );
      // Changed while being read: the next event's check will judge the finished file.
      if (outcome === undefined || (await signature(path)) !== before) return;
      judged.set(name, before);
      context.io.out(saveLine(name, outcome, context));
    });
    // One surprise must not stop the watch nor leave the queue rejected for every later save.
    queue = queue.catch((error: unknown) => context.io.err(failureLine(error, context.lang)));
  };
}

async function signature(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? `${info.mtimeMs}:${info.size}` : undefined;
}
