import type { Lang } from "../shared/messages/lang";
import { chooseLang } from "./choose-lang";
import type { CliContext, CliIo, Command } from "./cli-context";
import { CliFailure, failureLine } from "./cli-failure";
import { COMMANDS } from "./commands/commands";
import { jsonFailure } from "./output/json-failure";
import { words } from "./words/words";

/** Exit codes of docs/cli.md: 0 clean, 1 errors found, 2 unusable input or wrong usage. */
export const EXIT_UNUSABLE = 2;

/**
 * Runs one command line and answers its exit code. Every failure ends here as one line on stderr:
 * no stack trace reaches a user (`HSO_DEBUG=1` adds it for developers).
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = "nb";
  try {
    lang = chooseLang(argv);
    const context: CliContext = { lang, words: words(lang), io };
    return await dispatch(withoutLang(argv), context);
  } catch (error) {
    io.err(failureLine(error, lang));
    if (process.env.HSO_DEBUG === "1" && error instanceof Error && error.stack) io.err(error.stack);
    // A tool reading --json gets JSON even when the command could not start (docs/cli.md).
    if (argv.includes("--json")) io.out(JSON.stringify(jsonFailure(argv, error, lang), null, 2));
    return EXIT_UNUSABLE;
  }
}

async function dispatch(argv: string[], context: CliContext): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    context.io.err(context.words.usage);
    return EXIT_UNUSABLE;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    context.io.out(context.words.usage);
    return 0;
  }
  const command: Command | undefined = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new CliFailure({ code: "unknownCommand", params: { command: name } });
  if (args.includes("--help") || args.includes("-h")) {
    context.io.out(context.words.usage);
    return 0;
  }
  return command(args, context);
}

/** The arguments without `--lang x` (already read), so the command's name comes first wherever it was. */
function withoutLang(argv: readonly string[]): string[] {
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? "";
    if (arg === "--lang") index += 1;
    else if (!arg.startsWith("--lang=")) rest.push(arg);
  }
  return rest;
}
