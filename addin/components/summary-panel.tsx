import type { Lang } from "../../shared/messages/lang";
import type { Report } from "../../shared/report/report";
import { TEMPLATES } from "../../shared/templates/catalogue";
import { formatOrgNumber, isValidOrgNumber } from "../../shared/units/org-number";
import { findUnit } from "../../shared/units/reporting-units";
import { identityOf } from "./package-from-pass";
import type { Say } from "./say";
import type { PassResult } from "./validation-loop";

/** Whether an export would pass now: no errors and no unexplained change (those block at export). */
export function isReadyToExport(report: Report): boolean {
  return report.stats.errors === 0 && !report.issues.some((issue) => issue.code === "change_unexplained");
}

/** Which unit, year and templates (with versions) the workbook was recognised as. */
export function identityLine({ snapshot, report }: PassResult, lang: Lang): string {
  const { org, year } = identityOf(snapshot, report);
  const unit =
    org && isValidOrgNumber(org) ? `${findUnit(org)?.name ?? ""} (${formatOrgNumber(org)})`.trim() : org;
  const templates = snapshot.templates.map(
    (id) => `${TEMPLATES[id].title[lang]} ${snapshot.meta?.templates[id] ?? TEMPLATES[id].version}`,
  );
  return [unit, year, ...templates].filter((part) => part !== undefined && part !== "").join(" · ");
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
    const ready = isReadyToExport(report);
    const why = report.stats.errors > 0 ? say("notReady") : say("notReadyExplain");
    body = (
      <>
        <p class="identity">{identityLine(result, lang)}</p>
        <p class="counts">
          {say("summary", { errors: report.stats.errors, warnings: report.stats.warnings })}
        </p>
        {pending ? (
          <p class="checking">{say("checkingEdit")}</p>
        ) : (
          <p class={ready ? "ready" : "not-ready"}>{ready ? say("ready") : why}</p>
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
