import type { Lang } from "../../shared/messages/lang";
import { TEMPLATES } from "../../shared/templates/catalogue";
import { formatOrgNumber, isValidOrgNumber } from "../../shared/units/org-number";
import { findUnit } from "../../shared/units/reporting-units";
import type { UiWord } from "../i18n/ui-words";
import { isNoteOwed } from "./note-owed";
import type { Say } from "./say";
import { yearsInWords } from "./sheet-years";
import { judge, type PassResult } from "./validation-loop";
import { workbookIdentity } from "./workbook-identity";

/**
 * Whether an export would pass now, judged as the export judges (a missing note or a blank status is
 * a warning while editing and an error at export), and why not: errors, notes owed, or others.
 */
export function exportReadiness({ snapshot, report }: PassResult): "ready" | UiWord {
  const atExport = judge(snapshot, "export");
  if (atExport.stats.errors === 0) return "ready";
  if (report.stats.errors > 0) return "notReady";
  return atExport.issues.some((issue) => issue.severity === "error" && !isNoteOwed(issue))
    ? "notReadyAtExport"
    : "notReadyExplain";
}

/**
 * Which unit, year and templates (with versions) the workbook was recognised as. Where the sheets
 * name different years there is no year of the workbook to name: the line leaves it out and
 * `yearsDisagree` says them all (adversary A11).
 */
export function identityLine(result: PassResult, lang: Lang): string {
  const { snapshot } = result;
  const { org, year } = workbookIdentity(result);
  const unit =
    org && isValidOrgNumber(org) ? `${findUnit(org)?.name ?? ""} (${formatOrgNumber(org)})`.trim() : org;
  const templates = snapshot.templates.map(
    (id) => `${TEMPLATES[id].title[lang]} ${snapshot.meta?.templates[id] ?? TEMPLATES[id].version}`,
  );
  return [unit, year, ...templates].filter((part) => part !== undefined && part !== "").join(" · ");
}

/** The sheets' years with their cells, when they disagree: "2024 (Døgnplasser!C4) og 2025 (Aktivitet!C4)". */
function disagreeingYears(result: PassResult, lang: Lang): string | undefined {
  const { years } = workbookIdentity(result);
  return years && yearsInWords(years, lang);
}

/**
 * Where the workbook stands: what it is, counts, and whether it is ready to export. While an edit
 * waits for its pass, "ready" is not said: it would be about the figures before the edit.
 */
export function SummaryPanel({
  say,
  lang,
  result,
  pending,
}: {
  say: Say;
  lang: Lang;
  result: PassResult | undefined;
  pending: boolean;
}) {
  let body = <p>{say("checking")}</p>;
  if (result && result.snapshot.templates.length === 0) body = <p>{say("noTemplates")}</p>;
  else if (result) {
    const { report } = result;
    const readiness = exportReadiness(result);
    const ready = readiness === "ready";
    const years = disagreeingYears(result, lang);
    body = (
      <>
        <p class="identity">{identityLine(result, lang)}</p>
        {years && <p class="not-ready">{say("yearsDisagree", { years })}</p>}
        <p class="counts">
          {say("summary", { errors: report.stats.errors, warnings: report.stats.warnings })}
        </p>
        {pending ? (
          <p class="checking">{say("checkingEdit")}</p>
        ) : (
          <p class={ready ? "ready" : "not-ready"}>{say(readiness)}</p>
        )}
      </>
    );
  }
  return (
    <div class="summary">
      <h2 id="summary-heading">{say("summaryHeading")}</h2>
      {body}
    </div>
  );
}
