import { returnStatus } from "../../shared/aggregate/return-status";
import { printableText } from "../../shared/text/printable-text";
import { aggregateWords } from "../aggregate/aggregate-words";
import { readPackages } from "../aggregate/read-packages";
import { refusalLines } from "../aggregate/table-notes";
import type { CliContext } from "../cli-context";
import { CliFailure } from "../cli-failure";
import { collectFiles } from "../files/collect-files";
import { parseOptions, requireOption } from "../parse-options";
import { createProgress } from "../progress";
import { statusText } from "../status/status-text";
import { reportingYear } from "../status/year-option";

/**
 * `status <folders…> --year <y> [--json]`: who has sent what — reporting unit × template, each
 * missing, errors, warnings or ready, unexplained changes counted. Exit 0 when every expected return
 * is ready (no errors, no warnings), 1 otherwise.
 */
export async function statusCommand(args: string[], context: CliContext): Promise<number> {
  const { paths, year, json } = statusOptions(args);
  const files = await collectFiles(paths, { workbooks: false, packages: true });
  const progress = createProgress(files.length, context);
  const { packages, unreadable } = await readPackages(files, context.lang, (done) => progress.step(done));
  progress.end();
  const wanted = packages.filter((entry) => entry.pkg.year === year || entry.pkg.year === year - 1);
  const table = returnStatus(wanted, year);
  table.refused.unshift(...unreadable);
  context.io.out(json ? JSON.stringify(statusJson(table), null, 2) : statusText(table, context));
  if (table.refused.length > 0) {
    const own = aggregateWords(context.lang);
    context.io.err(`hso-report: ${own.refusedHeading(table.refused.length)}`);
    for (const line of refusalLines(table.refused, own)) context.io.err(`  ${line}`);
  }
  return table.complete ? 0 : 1;
}

function statusJson(table: ReturnType<typeof returnStatus>) {
  const own = aggregateWords("nb");
  return {
    ...table,
    unexplained: table.unexplained.map((change) => ({ ...change, file: printableText(change.file) })),
    refused: table.refused.map((refusal) => ({
      file: printableText(refusal.file),
      code: refusal.reason.code,
      reason: printableText(own.refusal(refusal.reason, (org) => org)),
    })),
  };
}

function statusOptions(args: string[]) {
  const { values, positionals } = parseOptions(args, { year: { type: "string" }, json: { type: "boolean" } });
  const yearText = requireOption(values.year, "--year");
  const year = reportingYear(yearText);
  if (positionals.length === 0) {
    throw new CliFailure({ code: "missingArgument", params: { what: "<mapper>/<folders>" } });
  }
  return { paths: positionals, year, json: values.json === true };
}
