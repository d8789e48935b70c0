import { describer } from "../../shared/messages/describer";
import type { Lang } from "../../shared/messages/lang";
import type { PackageError } from "../../shared/package/package-error";
import type { Issue } from "../../shared/report/issue";
import { langWords, shownLang } from "./pane-langs";

const loaded = describer((lang) => langWords(lang).messages);

/** The core's message for an issue in a language the pane has loaded (Norwegian until it has). */
export function describeIssue(issue: Issue, lang: Lang): string {
  return loaded.describeIssue(issue, shownLang(lang));
}

/** Why a package was refused, in a language the pane has loaded (Norwegian until it has). */
export function describePackageError(error: PackageError, lang: Lang): string {
  return loaded.describePackageError(error, shownLang(lang));
}
