import { issueLine } from "../../shared/messages/describe";
import { printableText } from "../../shared/text/printable-text";
import type { CliContext } from "../cli-context";
import type { CheckedFile } from "../files/check-file";
import { unitLabel } from "./unit-label";

/** The lines for one judged file: a heading with the counts, then one line per issue with its cell. */
export function fileSection(checked: CheckedFile, context: CliContext): string[] {
  const { words, lang } = context;
  const { stats, issues } = checked.report;
  const counts =
    stats.errors + stats.warnings === 0 ? words.clean : words.counts(stats.errors, stats.warnings);
  const width = Math.max(...Object.values(words.severity).map((word) => word.length));
  // "Not given" for every blank figure would bury what must be fixed (--json lists them all); other
  // information is shown, such as a plan's first year beside the beds last reported.
  const shown = issues.filter((issue) => issue.code !== "value_missing");
  // Cell text, sheet names and file names come from outside: each line printable, one line.
  return [
    `${checked.file} — ${unitLabel(checked.org, checked.year)}: ${counts}`,
    ...shown.map((issue) => `  ${words.severity[issue.severity].padEnd(width)}  ${issueLine(issue, lang)}`),
  ].map((line) => printableText(line));
}
