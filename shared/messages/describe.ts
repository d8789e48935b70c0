import { formatNumber } from "../numbers/format-number";
import type { PackageError } from "../package/package-error";
import type { Issue } from "../report/issue";
import { findField } from "../templates/catalogue";
import { EN } from "./en";
import type { Lang } from "./lang";
import type { MessageCatalogue, MessageParams } from "./message-catalogue";
import { NB } from "./nb";

const CATALOGUES: Record<Lang, MessageCatalogue> = { nb: NB, en: EN };

/** The message for an issue in one language, numbers written the way that language writes them. */
export function describeIssue(issue: Issue, lang: Lang): string {
  const catalogue = CATALOGUES[lang];
  const params = wordParams(issue.params, lang);
  if (typeof issue.params.parts === "string") {
    params.parts = issue.params.parts
      .split(",")
      .map((id) => fieldLabel(id, lang))
      .join(lang === "nb" ? " og " : " and ");
  }
  if (typeof issue.params.reason === "string") {
    params.reason = catalogue.numberReasons[issue.params.reason] ?? issue.params.reason;
  }
  return catalogue.issues[issue.code](params);
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

/** Why a package was refused, in one language, with the member it concerns. */
export function describePackageError(error: PackageError, lang: Lang): string {
  const params: MessageParams = {
    ...wordParams(error.params, lang),
    ...(error.path ? { path: error.path } : {}),
  };
  return CATALOGUES[lang].packageErrors[error.code](params);
}

function wordParams(params: Record<string, string | number>, lang: Lang): MessageParams {
  const words: MessageParams = {};
  for (const [key, value] of Object.entries(params)) {
    words[key] =
      typeof value === "number" && key !== "year" && key !== "expected" && key !== "actual"
        ? formatNumber(value, { style: lang === "nb" ? "nb" : "point" })
        : String(value);
  }
  return words;
}
