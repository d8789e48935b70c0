import { choicesOf } from "../../shared/aggregate/choice-table";
import { regionalTable } from "../../shared/aggregate/regional-table";
import type { Refusal } from "../../shared/aggregate/screen-packages";
import { findField } from "../../shared/templates/catalogue";
import { aggregateJson } from "../aggregate/aggregate-json";
import { aggregateView } from "../aggregate/aggregate-view";
import { aggregateWords } from "../aggregate/aggregate-words";
import { choiceAggregate } from "../aggregate/choice-aggregate";
import { refuseOutAmongInputs } from "../aggregate/out-among-inputs";
import { readPackages } from "../aggregate/read-packages";
import { tableCsv } from "../aggregate/table-csv";
import { refusalLines } from "../aggregate/table-notes";
import { tableText } from "../aggregate/table-text";
import { writeOutput } from "../aggregate/write-output";
import type { CliContext } from "../cli-context";
import { CliFailure } from "../cli-failure";
import { collectFiles } from "../files/collect-files";
import { parseOptions, requireOption, stringOption } from "../parse-options";

/**
 * `aggregate <files or folders…> --field <id> [--out <xlsx|csv>] [--json]`: the regional unit × year
 * table. Every package is validated again; what is left out is listed and makes the exit code 1.
 */
export async function aggregateCommand(args: string[], context: CliContext): Promise<number> {
  const { field, out, json, paths } = aggregateOptions(args);
  const files = await collectFiles(paths, { workbooks: false, packages: true });
  if (out !== undefined) await refuseOutAmongInputs(out, files);
  if (files.length === 0) throw new CliFailure({ code: "noFiles", params: { where: paths.join(", ") } });
  const { packages, unreadable } = await readPackages(files, context.lang);
  if (choicesOf(field)) {
    const refused = await choiceAggregate({ packages, unreadable, field, out, json }, context);
    return finish(refused, out, context);
  }
  const table = regionalTable(packages, field);
  table.refused.unshift(...unreadable);
  const accepted = new Set(packages.map((entry) => entry.file));
  for (const refusal of table.refused) accepted.delete(refusal.file);
  const view = aggregateView(
    table,
    packages.filter((entry) => accepted.has(entry.file)).map((entry) => entry.pkg),
  );
  // The file first: a folder that cannot be written is refused before anything is printed, so
  // --json never prints a table and then an error after it.
  if (out !== undefined) {
    await writeOutput(out, /\.csv$/i.test(out) ? tableCsv(view, context) : await writeXlsx(view, context));
  }
  const own = aggregateWords(context.lang);
  context.io.out(json ? JSON.stringify(aggregateJson(table, own), null, 2) : tableText(view, context));
  return finish(table.refused, out, context);
}

/** The files left out on stderr, the file written; exit 1 when something was left out. */
function finish(refused: readonly Refusal[], out: string | undefined, context: CliContext): number {
  const own = aggregateWords(context.lang);
  if (refused.length > 0) {
    context.io.err(`hso-report: ${own.refusedHeading(refused.length)}`);
    for (const line of refusalLines(refused, own)) context.io.err(`  ${line}`);
  }
  if (out !== undefined) context.io.err(context.words.aggregateWritten(out));
  return refused.length > 0 ? 1 : 0;
}

/** The workbook writer, imported only when asked for: a table on screen or in CSV needs no exceljs. */
async function writeXlsx(view: Parameters<typeof tableText>[0], context: CliContext): Promise<Buffer> {
  const { tableXlsx } = await import("../aggregate/table-xlsx");
  return tableXlsx(view, context);
}

function aggregateOptions(args: string[]) {
  const { values, positionals } = parseOptions(args, {
    field: { type: "string" },
    out: { type: "string" },
    json: { type: "boolean" },
  });
  const field = requireOption(values.field, "--field");
  if (!findField(field)) throw new CliFailure({ code: "unknownField", params: { field } });
  if (positionals.length === 0) {
    throw new CliFailure({
      code: "missingArgument",
      params: { what: "<filer eller mapper>/<files or folders>" },
    });
  }
  const out = stringOption(values.out);
  if (out !== undefined && !/\.(xlsx|csv)$/i.test(out)) {
    throw new CliFailure({ code: "badOutFormat", params: { file: out } });
  }
  return { field, out, json: values.json === true, paths: positionals };
}
