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
    // "«abc» er ikke et tall (ikke et tall)" says nothing twice: the plain reason is left out.
    const plain = issue.params.reason === "not_a_number";
    params.reason = plain ? "" : (catalogue.numberReasons[issue.params.reason] ?? issue.params.reason);
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

/** Parameters that are years or counts of a kind where grouping digits ("2 024") would read wrong. */
const PLAIN_NUMBERS = new Set(["year", "expected", "actual"]);

function wordParams(params: Record<string, string | number>, lang: Lang): MessageParams {
  const words: MessageParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== "number" || PLAIN_NUMBERS.has(key)) words[key] = String(value);
    else words[key] = formatNumber(value, { style: lang === "nb" ? "nb" : "point" });
    // A change reads as a change only with its sign: "+7", as the paper writes "+19,5 plasser".
    if (key === "change" && typeof value === "number" && value > 0) words[key] = `+${words[key]}`;
    if (key === "date" && lang === "nb" && typeof value === "string") words[key] = norwegianDate(value);
  }
  return words;
}

/** ISO `2024-11-19` as Norwegians write it, `19.11.2024`; other text is left as it is. */
function norwegianDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}
