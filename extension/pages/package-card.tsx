import type { Lang } from "../../shared/messages/lang";
import { formatOrgNumber } from "../../shared/units/org-number";
import { countWord } from "../i18n/count-words";
import { pageWord } from "../i18n/page-words";
import type { PackageSummary } from "../messages";
import { templateNames } from "./shared/template-names";

/** Props of one imported package. */
export interface PackageCardProps {
  lang: Lang;
  summary: PackageSummary;
  onRemove: () => void;
}

/** One imported package: who, which year, whether it can fill forms, and each error and warning. */
export function PackageCard({ lang, summary, onRemove }: PackageCardProps) {
  const title = `${summary.name} ${summary.year}`;
  const templates = templateNames(summary, lang);
  return (
    <li class="card">
      <h3>{title}</h3>
      <p class="muted">
        {formatOrgNumber(summary.org)} · {templates} · {countWord(lang, "figures", summary.figures)} ·{" "}
        {summary.fileName}
      </p>
      <p class={summary.fillable ? undefined : "error"}>
        {pageWord(lang, summary.fillable ? "fillable" : "blocked")} (
        {countWord(lang, "errors", summary.errors)}, {countWord(lang, "warnings", summary.warnings)})
      </p>
      {summary.issues.length > 0 && (
        <ul>
          {summary.issues.map((issue) => (
            <li
              key={`${issue.field}:${issue.text.nb}`}
              class={issue.severity === "error" ? "error" : "warning"}
            >
              <strong>{pageWord(lang, issue.severity)}:</strong> {issue.label[lang]}: {issue.text[lang]}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="secondary"
        aria-label={pageWord(lang, "removeLabel", {
          name: summary.name,
          year: summary.year,
          templates,
        })}
        onClick={onRemove}
      >
        {pageWord(lang, "remove")}
      </button>
    </li>
  );
}
