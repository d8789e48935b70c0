import type { Lang } from "../../shared/messages/lang";
import { printableText } from "../../shared/text/printable-text";
import { CliFailure, describeFailure } from "../cli-failure";
import { words } from "../words/words";

/**
 * What `--json` prints when a command cannot run at all (a bad option, a missing argument): the
 * command's documented shape, empty, with `error` saying why — `validate` gives `{"results":[],
 * "error":{…}}`, any other command `{"error":{…}}`. A tool parsing stdout never meets plain text.
 */
export function jsonFailure(argv: readonly string[], error: unknown, lang: Lang) {
  const failure = error instanceof CliFailure ? error.failure : undefined;
  const message = failure
    ? describeFailure(failure, lang)
    : words(lang).failures.unexpected({ detail: error instanceof Error ? error.message : String(error) });
  const body = {
    error: {
      code: failure?.code ?? "unexpected",
      ...(error instanceof CliFailure && error.file ? { file: printableText(error.file) } : {}),
      message: printableText(message),
    },
  };
  return argv.find((arg) => !arg.startsWith("-")) === "validate" ? { results: [], ...body } : body;
}
