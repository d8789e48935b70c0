import { refuseOutAmongInputs } from "../aggregate/out-among-inputs";
import { readPackages } from "../aggregate/read-packages";
import { writeOutput } from "../aggregate/write-output";
import type { CliContext } from "../cli-context";
import { CliFailure } from "../cli-failure";
import { collectFiles } from "../files/collect-files";
import { parseOptions, requireOption } from "../parse-options";
import { createProgress } from "../progress";
import { buildReport } from "../report/build-report";
import { reportingYear } from "../status/year-option";

/**
 * `report <folders…> --year <y> --out <file.html>`: the board paper's status section rebuilt from
 * packages, as one self-contained, printable HTML file. Exit 0 when written, 2 on unusable input.
 */
export async function reportCommand(args: string[], context: CliContext): Promise<number> {
  const { paths, year, out } = reportOptions(args);
  const files = await collectFiles(paths, { workbooks: false, packages: true });
  await refuseOutAmongInputs(out, files);
  if (files.length === 0) throw new CliFailure({ code: "noFiles", params: { where: paths.join(", ") } });
  const progress = createProgress(files.length, context);
  const { packages, unreadable } = await readPackages(files, context.lang, (done) => progress.step(done));
  progress.end();
  const input = { year, packages: packages.filter((entry) => entry.pkg.year <= year), unreadable };
  const { html } = await buildReport(input);
  await writeOutput(out, html);
  context.io.err(context.lang === "nb" ? `Rapporten er skrevet: ${out}` : `The report is written: ${out}`);
  return 0;
}

function reportOptions(args: string[]) {
  const { values, positionals } = parseOptions(args, { year: { type: "string" }, out: { type: "string" } });
  const yearText = requireOption(values.year, "--year");
  const out = requireOption(values.out, "--out");
  if (!/\.html?$/i.test(out)) throw new CliFailure({ code: "badOutFormat", params: { file: out } });
  if (positionals.length === 0) {
    throw new CliFailure({ code: "missingArgument", params: { what: "<mapper>/<folders>" } });
  }
  return { paths: positionals, year: reportingYear(yearText), out };
}
