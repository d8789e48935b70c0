import { printableText } from "../../shared/text/printable-text";
import type { CliContext } from "../cli-context";
import { describeFailure } from "../cli-failure";
import type { Outcome } from "../files/check-files";

/** `12:03:04  beds.xlsx: 1 feil, 2 advarsler` (or OK, or why the file is unusable): one line per save. */
export function saveLine(name: string, outcome: Outcome, context: CliContext, now = new Date()): string {
  // The file's name and a refusal's words may carry text from outside: one printable line.
  return printableText(lineOf(name, outcome, context, now));
}

function lineOf(name: string, outcome: Outcome, context: CliContext, now: Date): string {
  const { words } = context;
  const time = [now.getHours(), now.getMinutes(), now.getSeconds()]
    .map((part) => String(part).padStart(2, "0"))
    .join(":");
  if ("failure" in outcome) {
    return words.watchLine(
      time,
      name,
      `${words.unusable} – ${describeFailure(outcome.failure.failure, context.lang)}`,
    );
  }
  const { stats } = outcome.checked.report;
  const result =
    stats.errors + stats.warnings === 0 ? words.clean : words.counts(stats.errors, stats.warnings);
  return words.watchLine(time, name, result);
}
