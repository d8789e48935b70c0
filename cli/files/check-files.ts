import type { CliContext } from "../cli-context";
import { CliFailure } from "../cli-failure";
import { createProgress } from "../progress";
import { type CheckedFile, type CheckOptions, checkFile } from "./check-file";

/** A file judged, or the reason it could not be used. */
export type Outcome = { file: string; checked: CheckedFile } | { file: string; failure: CliFailure };

/** Judges files one after another with a progress counter; one unusable file does not stop the rest. */
export async function checkFiles(
  files: readonly string[],
  options: CheckOptions,
  context: CliContext,
): Promise<Outcome[]> {
  const progress = createProgress(files.length, context);
  const outcomes: Outcome[] = [];
  for (const file of files) {
    outcomes.push(await outcomeOf(file, options));
    progress.step(outcomes.length);
  }
  progress.end();
  return outcomes;
}

async function outcomeOf(file: string, options: CheckOptions): Promise<Outcome> {
  try {
    return { file, checked: await checkFile(file, options) };
  } catch (error) {
    if (error instanceof CliFailure) return { file, failure: error.about(file) };
    // A bug or a library's surprise on odd input still must not crash a batch: say it and go on.
    const detail = error instanceof Error ? error.message : String(error);
    return { file, failure: new CliFailure({ code: "unexpected", params: { detail } }, file) };
  }
}

/** docs/cli.md's exit code for a batch: 2 if any file was unusable, else 1 if any has errors, else 0. */
export function exitCodeOf(outcomes: readonly Outcome[]): number {
  if (outcomes.some((outcome) => "failure" in outcome)) return 2;
  return outcomes.some((outcome) => "checked" in outcome && !outcome.checked.report.ok) ? 1 : 0;
}
