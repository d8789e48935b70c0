import { PACKAGE_ERROR_PARAMS, type PackageError } from "../package/package-error";
import { ISSUE_PARAMS, type Issue } from "../report/issue";
import type { ParamKind } from "../report/param-kinds";
import { printableText } from "../text/printable-text";
import type { Lang } from "./lang";
import type { MessageCatalogue } from "./message-catalogue";
import { wordParams } from "./word-params";

type Shape = Readonly<Record<string, ParamKind>>;
type Words = (p: unknown) => string;

/** Issues and package refusals in words, from catalogues the caller holds. */
export interface Describer {
  /** The message for an issue in one language, every parameter worded by its kind. */
  describeIssue(issue: Issue, lang: Lang): string;
  /** Why a package was refused, in one language; what the package said about itself is made printable. */
  describePackageError(error: PackageError, lang: Lang): string;
}

/**
 * The describing functions over a language's catalogue as `catalogueOf` gives it: every language at
 * once for the CLI and the extension (`describe.ts`), or only those loaded so far for the task pane,
 * which loads a language when it is chosen (docs/addin.md).
 */
export function describer(catalogueOf: (lang: Lang) => MessageCatalogue): Describer {
  return {
    describeIssue(issue, lang) {
      const catalogue = catalogueOf(lang);
      const shape: Shape = ISSUE_PARAMS[issue.code];
      const words = wordParams(shape, issue.params as never, { lang, catalogue, field: issue.field });
      // The catalogue is a complete record over the codes, typed per code; one lookup serves them all.
      return (catalogue.issues[issue.code] as Words)(words);
    },
    describePackageError(error, lang) {
      const catalogue = catalogueOf(lang);
      const shape: Shape = PACKAGE_ERROR_PARAMS[error.code];
      const words = wordParams(shape, error.params as never, { lang, catalogue });
      const said = (catalogue.packageErrors[error.code] as Words)(words);
      return error.also?.length ? said + catalogue.packageAlso(alsoPaths(error.also)) : said;
    },
  };
}

/** Paths from a package are outside text: printable, and at most a handful, so a flood stays short. */
const MAX_ALSO = 5;
function alsoPaths(paths: readonly string[]): string {
  const shown = paths.slice(0, MAX_ALSO).map((path) => printableText(path));
  return paths.length > MAX_ALSO ? `${shown.join(", ")} …` : shown.join(", ");
}
