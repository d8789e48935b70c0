import type { Report } from "../../shared/report/report";
import type { Say } from "./say";
import type { PassResult } from "./validation-loop";

/** Whether an export would pass now: no errors and no unexplained change (those block at export). */
export function isReadyToExport(report: Report): boolean {
  return report.stats.errors === 0 && !report.issues.some((issue) => issue.code === "change_unexplained");
}

/** Where the workbook stands: counts and whether it is ready to export. */
export function SummaryPanel({ say, result }: { say: Say; result: PassResult | undefined }) {
  let body = <p>{say("checking")}</p>;
  if (result && result.snapshot.templates.length === 0) body = <p>{say("noTemplates")}</p>;
  else if (result) {
    const { report } = result;
    const ready = isReadyToExport(report);
    const why = report.stats.errors > 0 ? say("notReady") : say("notReadyExplain");
    body = (
      <>
        <p class="counts">
          {say("summary", { errors: report.stats.errors, warnings: report.stats.warnings })}
        </p>
        <p class={ready ? "ready" : "not-ready"}>{ready ? say("ready") : why}</p>
      </>
    );
  }
  return (
    <section aria-labelledby="summary-heading" class="summary">
      <h2 id="summary-heading">{say("summaryHeading")}</h2>
      {body}
    </section>
  );
}
