import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { aggregateWithConflicts } from "../../shared/aggregate/aggregate";
import { formatNumber } from "../../shared/numbers/format-number";
import { findField } from "../../shared/templates/catalogue";
import { aggregateView } from "../aggregate/aggregate-view";
import { type PackageFile, readPackages } from "../aggregate/read-packages";
import { tableCsv } from "../aggregate/table-csv";
import { tableText } from "../aggregate/table-text";
import { tableXlsx } from "../aggregate/table-xlsx";
import type { CliContext } from "../cli-context";
import { CliFailure } from "../cli-failure";
import { collectFiles } from "../files/collect-files";
import { parseOptions, requireOption, stringOption } from "../parse-options";

/** `aggregate <files or folders…> --field <id> [--out <xlsx|csv>] [--json]`: the regional unit × year table. */
export async function aggregateCommand(args: string[], context: CliContext): Promise<number> {
  const { field, out, json, paths } = aggregateOptions(args);
  const files = await collectFiles(paths, { workbooks: false, packages: true });
  if (out !== undefined && files.some((file) => resolve(file) === resolve(out))) {
    throw new CliFailure({ code: "outIsInput", params: { file: out } });
  }
  const packages = await readPackages(files);
  if (packages.length === 0) throw new CliFailure({ code: "noFiles", params: { where: paths.join(", ") } });
  const pkgs = packages.map((entry) => entry.pkg);
  const { table, conflicts } = aggregateWithConflicts(pkgs, field);
  for (const conflict of conflicts) context.io.err(conflictLine(conflict, packages, context));
  const view = aggregateView(table, pkgs);
  context.io.out(json ? JSON.stringify(table, null, 2) : tableText(view, context));
  if (out !== undefined) {
    await writeFile(
      out,
      /\.csv$/i.test(out) ? tableCsv(view, context.words) : await tableXlsx(view, context),
    );
    context.io.err(context.words.aggregateWritten(out));
  }
  return 0;
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

function conflictLine(
  conflict: { org: string; year: number; values: [number, number] },
  packages: readonly PackageFile[],
  context: CliContext,
): string {
  const unit = packages.find((entry) => entry.pkg.unit.org === conflict.org)?.pkg.unit.name ?? conflict.org;
  const style = context.lang === "nb" ? "nb" : "point";
  const [other, used] = conflict.values.map((value) => formatNumber(value, { style }));
  const line = context.words.conflict({
    unit,
    year: String(conflict.year),
    used: used ?? "",
    other: other ?? "",
  });
  return `hso-report: ${line}`;
}
