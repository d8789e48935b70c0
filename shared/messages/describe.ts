import type { Issue } from "../report/issue";
import { describer } from "./describer";
import { EN } from "./en";
import { fieldLabel } from "./field-label";
import type { Lang } from "./lang";
import type { MessageCatalogue } from "./message-catalogue";
import { NB } from "./nb-catalogue";

export { fieldLabel } from "./field-label";

const CATALOGUES: Record<Lang, MessageCatalogue> = { nb: NB, en: EN };

/** Issues and package refusals in every language of the product, for the CLI and the extension. */
export const { describeIssue, describePackageError } = describer((lang) => CATALOGUES[lang]);

/** One line for lists and logs: `Døgnplasser!C9 – PHV voksne, i alt: <message>`. */
export function issueLine(issue: Issue, lang: Lang): string {
  const where = issue.cell ? `${issue.cell} – ` : "";
  return `${where}${fieldLabel(issue.field, lang)}: ${describeIssue(issue, lang)}`;
}
