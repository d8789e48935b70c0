import { useEffect, useMemo, useState } from "preact/hooks";
import { describePackageError } from "../../shared/messages/describe";
import type { Lang } from "../../shared/messages/lang";
import type { Report } from "../../shared/report/report";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { type LangStore, rememberedLang, rememberLang } from "../i18n/remember-lang";
import type { UiWord } from "../i18n/ui-words";
import { CapabilityNotes, missingWords } from "./capability-notes";
import { ConfirmFillDialog } from "./confirm-fill-dialog";
import { ExportPanel } from "./export-panel";
import { FillPanel } from "./fill-panel";
import { LanguageSwitch } from "./language-switch";
import { PaneSections } from "./pane-sections";
import { sayIn } from "./say";
import { SummaryPanel } from "./summary-panel";
import { useExport } from "./use-export";
import { useFill } from "./use-fill";
import { useValidation } from "./use-validation";
import { useWork } from "./use-work";

/** What the task pane needs: the adapter (its only door to Excel) and a few things from its host page. */
export interface TaskPaneProps {
  adapter: WorkbookAdapter;
  store?: LangStore;
  debounceMs?: number;
  now?: () => Date;
  download: (file: string, text: string) => void;
  copy: (text: string) => Promise<boolean>;
  /** Gaps of the runtime itself (startup, close prompt), found by the host page. */
  runtimeMissing?: readonly UiWord[];
  /** Each finished pass, so the host page can arm or disarm the close prompt. */
  onReport?: (report: Report) => void;
}

/** The task pane: status, findings, create, fill, export, save and trend, Norwegian first. */
export function TaskPane(props: TaskPaneProps) {
  const { adapter, store } = props;
  const [lang, setLang] = useState<Lang>(() => rememberedLang(store));
  const say = sayIn(lang);
  const work = useWork(say);
  const validation = useValidation(adapter, lang, props.debounceMs ?? 400);
  const fill = useFill(adapter, say, work, validation.revalidate);
  const exporter = useExport(adapter, say, work, {
    now: props.now ?? (() => new Date()),
    download: props.download,
    copy: props.copy,
  });
  const missing = useMemo(
    () => missingWords(adapter.capabilities(), props.runtimeMissing),
    [adapter, props.runtimeMissing],
  );
  const { result } = validation;
  useEffect(() => {
    if (result) props.onReport?.(result.report);
  }, [result, props.onReport]);
  const busy = work.busy !== undefined;
  const hasTemplates = (result?.snapshot.templates.length ?? 0) > 0;
  const choose = (next: Lang) => {
    setLang(next);
    rememberLang(store, next);
  };
  return (
    <main class="task-pane" lang={lang} aria-busy={busy}>
      <header>
        <h1>{say("title")}</h1>
        <LanguageSwitch lang={lang} onChange={choose} />
      </header>
      <p role="status" aria-live="polite" class="status">
        {work.status}
      </p>
      {work.busy && <progress aria-label={say(work.busy)} />}
      <CapabilityNotes say={say} missing={missing} />
      <SummaryPanel say={say} lang={lang} result={result} />
      {validation.failure !== undefined && (
        <p role="alert" class="error">
          {say("failed", { detail: String((validation.failure as Error)?.message ?? validation.failure) })}
        </p>
      )}
      {fill.pending && (
        <ConfirmFillDialog say={say} conflicts={fill.pending.conflicts} onAnswer={fill.pending.answer} />
      )}
      <PaneSections {...{ say, lang, adapter, work, validation }} />
      <FillPanel
        say={say}
        busy={busy}
        canUndo={fill.canUndo}
        error={
          fill.refused &&
          say("packageRefused", {
            file: fill.refused.file,
            message: describePackageError(fill.refused.error, lang),
          })
        }
        onFile={(file) => void fill.fromFile(file)}
        onUndo={() => void fill.undo()}
      />
      {hasTemplates && (
        <ExportPanel
          say={say}
          lang={lang}
          state={exporter.state}
          busy={busy}
          onExport={() => void exporter.attempt()}
          onExplain={(notes) => void exporter.explain(notes)}
          onDownload={props.download}
        />
      )}
    </main>
  );
}
