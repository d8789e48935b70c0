import type { CliContext } from "../cli-context";
import { CliFailure, failureLine } from "../cli-failure";
import { checkFiles, exitCodeOf, type Outcome } from "../files/check-files";
import { collectInputs } from "../files/collect-files";
import { loadPrevious } from "../files/load-previous";
import { fileSection } from "../output/file-section";
import { jsonResult } from "../output/json-result";
import { listOption, parseOptions } from "../parse-options";

/** `validate <files or folders…> [--previous <pkgs>] [--json]`: judges workbooks (edit phase) and packages. */
export async function validateCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: "boolean" },
    previous: { type: "string", multiple: true },
  });
  if (positionals.length === 0) {
    throw new CliFailure({
      code: "missingArgument",
      params: { what: "<filer eller mapper>/<files or folders>" },
    });
  }
  const previous = await loadPrevious(listOption(values.previous));
  const { files, unusable } = await collectInputs(positionals, { workbooks: true, packages: true });
  if (files.length === 0 && unusable.length === 0)
    throw new CliFailure({ code: "noFiles", params: { where: positionals.join(", ") } });
  // What a walk could not take is reported like any unusable file; the rest are still judged.
  const outcomes: Outcome[] = [
    ...unusable.map(({ file, failure }) => ({
      file,
      failure: namesItsFile(failure) ? failure : failure.about(file),
    })),
    ...(await checkFiles(files, { workbookPhase: "edit", previous }, context)),
  ];
  for (const outcome of outcomes) {
    if ("failure" in outcome) context.io.err(failureLine(outcome.failure, context.lang));
  }
  if (values.json === true) {
    const results = outcomes.map((outcome) => jsonResult(outcome, context.lang));
    context.io.out(JSON.stringify({ results }, null, 2));
  } else printHuman(outcomes, context);
  return exitCodeOf(outcomes);
}

function printHuman(outcomes: readonly Outcome[], context: CliContext): void {
  for (const outcome of outcomes) {
    if ("checked" in outcome) context.io.out(fileSection(outcome.checked, context).join("\n"));
  }
  if (outcomes.length > 1) {
    const unusable = outcomes.filter((outcome) => "failure" in outcome).length;
    const withErrors = outcomes.filter(
      (outcome) => "checked" in outcome && !outcome.checked.report.ok,
    ).length;
    context.io.out(context.words.summary(outcomes.length, withErrors, unusable));
  }
}

/** "Cannot find «x»" names its file already; "is an .ods" needs the file in front. */
function namesItsFile(failure: CliFailure): boolean {
  const params: object | undefined = "params" in failure.failure ? failure.failure.params : undefined;
  return params !== undefined && "file" in params;
}
