import type { Lang } from "../shared/messages/lang";
import type { CliWords } from "./words/cli-words";

/** Where a command writes: stdout for results, stderr for progress and reasons. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress redraws one line there). */
  errIsTty: boolean;
  /** A status line on stderr that the next status or line replaces (terminals only). */
  status?: (text: string) => void;
}

/** What every command gets: the language, its words and where to write. */
export interface CliContext {
  lang: Lang;
  words: CliWords;
  io: CliIo;
}

/** A command: the arguments after its name in, an exit code out. */
export type Command = (args: string[], context: CliContext) => Promise<number>;
