import { PACKAGE_ERROR_PARAMS, type PackageError } from "../package/package-error";
import { ISSUE_PARAMS, type Issue } from "../report/issue";
import type { ParamKind } from "../report/param-kinds";
import { findField } from "../templates/catalogue";
import { EN } from "./en";
import type { Lang } from "./lang";
import type { MessageCatalogue } from "./message-catalogue";
import { NB } from "./nb";
import { wordParams } from "./word-params";

const CATALOGUES: Record<Lang, MessageCatalogue> = { nb: NB, en: EN };

type Shape = Readonly<Record<string, ParamKind>>;
type Words = (p: unknown) => string;

/** The message for an issue in one language, every parameter worded by its kind. */
export function describeIssue(issue: Issue, lang: Lang): string {
  const catalogue = CATALOGUES[lang];
  const shape: Shape = ISSUE_PARAMS[issue.code];
  const words = wordParams(shape, issue.params as never, { lang, catalogue, field: issue.field });
  // The catalogue is a complete record over the codes, typed per code; one lookup serves them all.
  return (catalogue.issues[issue.code] as Words)(words);
}

/** One line for lists and logs: `Døgnplasser!C9 – PHV voksne, i alt: <message>`. */
export function issueLine(issue: Issue, lang: Lang): string {
  const where = issue.cell ? `${issue.cell} – ` : "";
  return `${where}${fieldLabel(issue.field, lang)}: ${describeIssue(issue, lang)}`;
}

/** A field's label in one language, or its id when it is not in the catalogue. */
export function fieldLabel(fieldId: string, lang: Lang): string {
  return findField(fieldId)?.label[lang] ?? fieldId;
}

/** Why a package was refused, in one language; what the package said about itself is made printable. */
export function describePackageError(error: PackageError, lang: Lang): string {
  const catalogue = CATALOGUES[lang];
  const shape: Shape = PACKAGE_ERROR_PARAMS[error.code];
  const words = wordParams(shape, error.params as never, { lang, catalogue });
  return (catalogue.packageErrors[error.code] as Words)(words);
}
