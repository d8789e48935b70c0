import type { Lang } from "../shared/messages/lang";
import { chooseLang } from "./choose-lang";
import { failureLine } from "./cli-failure";
import { run } from "./run";

/** The `hso-report` entry point: runs the command line against the real process. */
export async function main(): Promise<void> {
  const io = {
    out: (text: string) => process.stdout.write(`${text}\n`),
    err: (text: string) => process.stderr.write(`${text}\n`),
    errIsTty: process.stderr.isTTY === true,
    // Carriage return and erase-line redraw the counter in place on a terminal.
    status: (text: string) => process.stderr.write(`\r\u001b[K${text}`),
  };
  const argv = process.argv.slice(2);
  const lang = knownLang(argv);
  // The one global handler: whatever escapes a command is said in one line, never as a stack trace.
  const fail = (error: unknown) => {
    io.err(failureLine(error, lang));
    if (process.env.HSO_DEBUG === "1" && error instanceof Error) io.err(error.stack ?? "");
    process.exit(2);
  };
  process.on("uncaughtException", fail).on("unhandledRejection", fail);
  // `hso-report … | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    fail(error);
  });
  process.exitCode = await run(argv, io);
}

/** The language asked for, or Norwegian when it is not one we speak (`run` then says so). */
function knownLang(argv: readonly string[]): Lang {
  try {
    return chooseLang(argv);
  } catch {
    return "nb";
  }
}
