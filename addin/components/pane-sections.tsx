import { describePackageError } from "../../shared/messages/describe";
import type { Lang } from "../../shared/messages/lang";
import type { TemplateId } from "../../shared/templates/field";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { capabilitiesOnly, missingWords } from "./capability-notes";
import { CreatePanel } from "./create-panel";
import { IssueList } from "./issue-list";
import { identityOf } from "./package-from-pass";
import { SavePanel } from "./save-panel";
import type { Say } from "./say";
import { TrendPanel } from "./trend-panel";
import { useSave } from "./use-save";
import { useTrend } from "./use-trend";
import type { Validation } from "./use-validation";
import type { Work } from "./use-work";

interface SectionsProps {
  say: Say;
  lang: Lang;
  adapter: WorkbookAdapter;
  work: Work;
  validation: Validation;
}

/** The findings, marks, create, save and trend sections of the pane. */
export function PaneSections({ say, lang, adapter, work, validation }: SectionsProps) {
  const save = useSave(adapter, say, work);
  const trend = useTrend();
  const { result } = validation;
  const templates = result?.snapshot.templates ?? [];
  const busy = work.busy !== undefined;
  const create = (chosen: TemplateId[], unit: string, year: number) =>
    void work.run("busyCreate", async () => {
      const inserted = await adapter.insertTemplates(chosen, unit, year);
      await validation.revalidate();
      const left = missingWords(capabilitiesOnly(inserted.missing));
      return [say("created"), ...left.map((word) => say(word))].join(" ");
    });
  const removeMarks = () =>
    void work.run("busy", async () => {
      await adapter.clearMarks();
      return say("marksRemoved");
    });
  const select = (cell: string) =>
    adapter
      .selectCell(cell)
      .catch((error: unknown) => work.setStatus(say("failed", { detail: String(error) })));
  const current = (fieldId: string) => ({
    ...(result ? { year: identityOf(result.snapshot, result.report).year } : {}),
    value: result?.report.values[fieldId],
    previous: result?.snapshot.input.previous?.[fieldId],
  });
  return (
    <>
      {templates.length > 0 && result && (
        <>
          <IssueList say={say} lang={lang} issues={result.report.issues} onSelect={select} />
          <section aria-labelledby="marks-heading">
            <h2 id="marks-heading">{say("marksHeading")}</h2>
            <button type="button" disabled={busy} onClick={removeMarks}>
              {say("removeMarks")}
            </button>
          </section>
          <SavePanel
            say={say}
            busy={busy}
            asking={save.asking?.errors}
            onSave={() => void save.save()}
            onAnswer={(yes) => save.asking?.answer(yes)}
          />
        </>
      )}
      <CreatePanel
        say={say}
        lang={lang}
        defaultYear={new Date().getFullYear()}
        busy={busy}
        onCreate={create}
      />
      <TrendPanel
        say={say}
        lang={lang}
        templates={templates}
        packages={trend.packages}
        errors={trend.refused.map((entry) =>
          say("packageRefused", { file: entry.file, message: describePackageError(entry.error, lang) }),
        )}
        current={current}
        onFiles={(files) =>
          void trend.add(files).then((count) => work.setStatus(say("trendLoaded", { count })))
        }
        onClear={trend.clear}
      />
    </>
  );
}
