import type { ConfirmedRow, FrameResult } from "../content/content-api";
import { shownLabel } from "../fill-fields";
import type { Preview, RequestOf } from "../messages";
import { savePlan } from "../storage/tab-state";
import { checkIdentity } from "./check-identity";
import { withoutUnaskedComputed } from "./computed-figures";
import { figureRows } from "./figure-rows";
import { mergeFrames } from "./merge-frames";
import { explainSharedUnitNames } from "./shared-unit-names";
import { openTabRun, results } from "./tab-run";

/**
 * The preview: asks every frame of the top origin where each figure would go (writing nothing;
 * the engine highlights the fields on the page), checks the unit and year the page names, and
 * keeps the planned rows per frame, so the user's confirmation fills exactly the fields shown.
 */
export async function planTab(request: RequestOf<"plan-tab">): Promise<Preview> {
  const run = await openTabRun(request);
  const answers = await run.run({ mode: "plan", figures: run.figures, year: request.year });
  const frames = Object.fromEntries(answers.map((answer) => [String(answer.frameId), plannedRows(answer)]));
  const identity = await checkIdentity(run.tab.id, run.lastFrames, request.org, request.year);
  const merged = mergeFrames(results(answers));
  const preview = withoutUnaskedComputed({
    package: { org: request.org, year: request.year },
    url: request.expect.url,
    origin: request.expect.origin,
    rows: explainSharedUnitNames(
      figureRows(
        results(answers),
        run.figures.map((figure) => figure.id),
      ),
      request.org,
    ),
    labels: Object.fromEntries(run.figures.map((figure) => [figure.id, shownLabel(figure)])),
    ...(run.chosen ? { profile: { name: run.chosen.profile.name, managed: run.chosen.managed } } : {}),
    skippedFrames: [...run.skipped.values()],
    frameErrors: merged.errors,
    identity,
  });
  const plan = { ...request.expect, org: request.org, year: request.year, frames, rows: preview.rows };
  await savePlan(run.tab.id, plan);
  return preview;
}

/**
 * The rows a frame planned to write, and those holding another value (written only when the user
 * chooses overwrite), as the engine is to find their fields again on confirming.
 */
export function plannedRows(result: FrameResult): ConfirmedRow[] {
  return (result.figures ?? []).flatMap((report) =>
    (report.outcome === "planned" || report.outcome === "mismatched") && report.field?.locators
      ? [
          {
            id: report.id,
            locators: report.field.locators,
            label: report.field.label,
            section: report.field.section,
          },
        ]
      : [],
  );
}
