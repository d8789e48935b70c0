import type { CliContext } from "./cli-context";

/** Above this many files a terminal shows a counter; a log gets a line every `LOG_EVERY` files. */
const TERMINAL_FROM = 4;
const LOG_FROM = 50;
const LOG_EVERY = 25;

/** A counter on stderr while many files are checked; silent for a few files. */
export function createProgress(
  total: number,
  context: CliContext,
): { step: (done: number) => void; end: () => void } {
  const { io, words } = context;
  const onTerminal = io.errIsTty && io.status !== undefined && total >= TERMINAL_FROM;
  const inLog = !onTerminal && total >= LOG_FROM;
  return {
    step: (done) => {
      if (onTerminal) io.status?.(words.progress(done, total));
      else if (inLog && (done % LOG_EVERY === 0 || done === total)) io.err(words.progress(done, total));
    },
    end: () => {
      if (onTerminal) io.status?.("");
    },
  };
}
