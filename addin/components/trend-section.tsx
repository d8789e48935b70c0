import type { Lang } from "../../shared/messages/lang";
import { describePackageError } from "../i18n/pane-messages";
import type { Say } from "./say";
import { TrendPanel } from "./trend-panel";
import { useTrend } from "./use-trend";
import type { Work } from "./use-work";
import type { PassResult } from "./validation-loop";
import { workbookIdentity } from "./workbook-identity";

/** What the trend gets from the pane. */
export interface TrendSectionProps {
  say: Say;
  lang: Lang;
  work: Work;
  result: PassResult | undefined;
}

/** The trend over years, fed by the latest pass (this year's and last year's figures) and loaded packages. */
export function TrendSection({ say, lang, work, result }: TrendSectionProps) {
  const trend = useTrend();
  const identity = workbookIdentity(result);
  const previous = result?.snapshot.input.previous;
  // The year the sheet records for its last year's column (`prev.<template>.year`, docs/domain.md).
  const previousYear = (fieldId: string) => previous?.[`${fieldId.split(".")[0]}.year`];
  const current = (fieldId: string) => ({
    ...(identity.year !== undefined ? { year: identity.year } : {}),
    value: result?.report.values[fieldId],
    previous: previous?.[fieldId],
    previousYear: previousYear(fieldId),
  });
  return (
    <TrendPanel
      say={say}
      lang={lang}
      templates={result?.snapshot.templates ?? []}
      unitOrg={identity.org}
      loaded={trend.loaded}
      errors={trend.refused.map((entry) =>
        say("packageRefused", { file: entry.file, message: describePackageError(entry.error, lang) }),
      )}
      current={current}
      currentStatus={(fieldId) => ({
        ...(identity.year !== undefined ? { year: identity.year } : {}),
        value: result?.snapshot.input.values[fieldId],
        note: result?.snapshot.input.notes?.[fieldId],
        previous: previous?.[fieldId],
        previousYear: previousYear(fieldId),
      })}
      onFiles={(files) => void trend.add(files).then((count) => work.setStatus(["trendLoaded", { count }]))}
      onClear={trend.clear}
    />
  );
}
