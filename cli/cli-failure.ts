import { describePackageError } from "../shared/messages/describe";
import type { Lang } from "../shared/messages/lang";
import type { PackageError } from "../shared/package/package-error";
import { printableText } from "../shared/text/printable-text";
import type { CliFailureWords } from "./words/cli-words";
import { words } from "./words/words";

type WordCode = Exclude<keyof CliFailureWords, "badPackage">;

/** A reason the command cannot go on, as data: words come from cli/words (or shared/messages) when shown. */
export type Failure =
  | {
      [C in WordCode]: Parameters<CliFailureWords[C]>[0] extends undefined
        ? { code: C; params?: undefined }
        : { code: C; params: Parameters<CliFailureWords[C]>[0] };
    }[WordCode]
  | { code: "badPackage"; error: PackageError };

/** Thrown for unusable input or wrong usage; the top level prints its one line and exits with 2. */
export class CliFailure extends Error {
  readonly failure: Failure;
  /** The file it concerns, printed before the reason. */
  readonly file?: string;

  constructor(failure: Failure, file?: string) {
    super(failure.code);
    this.failure = failure;
    this.file = file;
  }

  /** The same failure, now said to concern a file. */
  about(file: string): CliFailure {
    return this.file === undefined ? new CliFailure(this.failure, file) : this;
  }
}

/** The words of a failure in one language. */
export function describeFailure(failure: Failure, lang: Lang): string {
  const failures = words(lang).failures;
  if (failure.code === "badPackage") {
    return failures.badPackage({ reason: describePackageError(failure.error, lang) });
  }
  // The mapped type ties each code to its parameters; TypeScript cannot follow that through the index.
  const say = failures[failure.code] as (params: unknown) => string;
  return say(failure.params);
}

/** `hso-report: <file>: <reason>` for a known failure, a short line for anything else. */
export function failureLine(error: unknown, lang: Lang): string {
  if (error instanceof CliFailure) {
    // File names and refusals can carry text from outside (a name, a package's format): one printable line.
    const where = error.file ? `${error.file}: ` : "";
    return printableText(`hso-report: ${where}${describeFailure(error.failure, lang)}`);
  }
  const failures = words(lang).failures;
  const detail = error instanceof Error ? error.message : String(error);
  return printableText(`hso-report: ${failures.unexpected({ detail: detail.split("\n")[0] ?? "" })}`);
}
