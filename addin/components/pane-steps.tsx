import { useEffect } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import type { TemplateId } from "../../shared/templates/field";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { BedsReferenceSlot } from "./beds-reference-slot";
import { capabilitiesOnly, missingWords } from "./capability-notes";
import { CreatePanel } from "./create-panel";
import { ExplainPanel } from "./explain-panel";
import { ExportPanel } from "./export-panel";
import { FillPanel } from "./fill-panel";
import { IssueList } from "./issue-list";
import { isNoteOwed } from "./note-owed";
import { SavePanel } from "./save-panel";
import type { Say } from "./say";
import type { TaskPaneProps } from "./task-pane";
import { TrendDisclosure } from "./trend-disclosure";
import { TypePanel } from "./type-panel";
import type { BedsReferenceState } from "./use-beds-reference";
import { currentExportState, passDigest, useExport } from "./use-export";
import { useFill } from "./use-fill";
import { useSave } from "./use-save";
import type { Validation } from "./use-validation";
import type { Work } from "./use-work";
import { workbookIdentity } from "./workbook-identity";

interface StepsProps {
  say: Say;
  lang: Lang;
  /** The re-validating adapter: each of its writes is followed by a pass. */
  adapter: WorkbookAdapter;
  work: Work;
  validation: Validation;
  /** Last year's beds for a capacity plan without the beds sheet, loaded in the pane. */
  beds: BedsReferenceState;
  options: Pick<TaskPaneProps, "now" | "download" | "copy">;
}

/** The controller's steps, top to bottom: create, fill, type, findings, explain, export, save; then the trend. */
export function PaneSteps({ say, lang, adapter, work, validation, beds, options }: StepsProps) {
  const { result } = validation;
  const busy = work.busy !== undefined;
  const fill = useFill(adapter, say, lang, work, () => validation.result);
  const exporter = useExport(adapter, work, {
    now: options.now ?? (() => new Date()),
    download: options.download,
    copy: options.copy,
  });
  const save = useSave(adapter, work, validation.revalidate);
  const templates = result?.snapshot.templates ?? [];
  const identity = workbookIdentity(result);
  const digest =
    result && exporter.state.kind !== "idle" ? passDigest(result.snapshot, result.report) : undefined;
  const exportState = currentExportState(exporter.state, validation.pending, digest);
  // The status bar is in view while the export section is not: its "made" line goes stale with it (A7).
  const staleFile = exportState.kind === "stale" ? exportState.file : undefined;
  useEffect(() => {
    const said = work.status;
    if (staleFile && typeof said === "object" && said[0] === "exported" && said[1]?.file === staleFile)
      work.setStatus(["packageStale", { file: staleFile }]);
  });
  const unexplained = result?.report.issues.filter(isNoteOwed) ?? [];
  const create = (chosen: TemplateId[], unit: string, year: number) =>
    void work.run("busyCreate", async () => {
      const inserted = await adapter.insertTemplates(chosen, unit, year);
      const left = missingWords(capabilitiesOnly(inserted.missing));
      const sheets = inserted.existing?.join(", ");
      const existing = (words: Say) => (sheets ? [words("createdExisting", { sheets })] : []);
      return (words) => [words("created"), ...existing(words), ...left.map((word) => words(word))].join(" ");
    });
  const select = (cell: string) =>
    adapter.selectCell(cell).catch((error: unknown) => work.setStatus(["failed", { detail: String(error) }]));
  const explain = (notes: Record<string, string>) =>
    void work
      .run("busyExplain", async () => {
        await adapter.writeNotes(notes);
        return ["explained", { count: Object.keys(notes).length }] as const;
      })
      .then(exporter.afterExplained);
  const removeMarks = () =>
    void work.run("busy", async () => {
      await adapter.clearMarks();
      return ["marksRemoved"] as const;
    });
  return (
    <>
      <CreatePanel
        {...{ say, lang, identity, busy }}
        present={templates}
        defaultYear={new Date().getFullYear()}
        onCreate={create}
      />
      <FillPanel say={say} lang={lang} busy={busy} fill={fill} />
      <BedsReferenceSlot {...{ say, lang, work, result, beds }} revalidate={validation.revalidate} />
      {result && templates.length > 0 && (
        <>
          <TypePanel say={say} lang={lang} result={result} onSelect={select} />
          <IssueList say={say} lang={lang} issues={result.report.issues} onSelect={select} />
          <section aria-labelledby="marks-heading">
            <h2 id="marks-heading">{say("marksHeading")}</h2>
            <button type="button" disabled={busy} onClick={removeMarks}>
              {say("removeMarks")}
            </button>
          </section>
          <ExplainPanel say={say} lang={lang} issues={unexplained} busy={busy} onSave={explain} />
          <ExportPanel
            say={say}
            state={exportState}
            busy={busy}
            onExport={() => void exporter.attempt()}
            onDownload={options.download}
            onCopy={(text) =>
              void options.copy(text).then((ok) => work.setStatus([ok ? "copied" : "copyFailed"]))
            }
          />
          <SavePanel
            say={say}
            busy={busy}
            supported={save.supported}
            asking={save.asking?.errors}
            onSave={() => void save.save()}
            onAnswer={(yes) => save.asking?.answer(yes)}
          />
        </>
      )}
      <TrendDisclosure say={say} lang={lang} work={work} result={result} />
    </>
  );
}
