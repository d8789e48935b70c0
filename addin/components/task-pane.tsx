import { useEffect, useMemo, useRef } from "preact/hooks";
import type { Report } from "../../shared/report/report";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import type { LangStore } from "../i18n/remember-lang";
import type { UiWord } from "../i18n/ui-words";
import { CapabilityNotes, missingWords } from "./capability-notes";
import { LanguageSwitch } from "./language-switch";
import { PaneSteps } from "./pane-steps";
import { revalidatingAdapter } from "./revalidating-adapter";
import { sayIn, sayWords } from "./say";
import { SummaryPanel } from "./summary-panel";
import { TOOL_PANELS } from "./tool-panels";
import { useBedsReference } from "./use-beds-reference";
import { usePaneLang } from "./use-pane-lang";
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

/**
 * The task pane, Norwegian first, in the order of the work: create, fill from last year, type, fix
 * the findings, explain, export (and save); the trend and other tools below. The status stays in view.
 */
export function TaskPane(props: TaskPaneProps) {
  const { store } = props;
  const { lang, choose, failure: langFailure } = usePaneLang(store);
  const say = sayIn(lang);
  const work = useWork();
  // Reads go through the beds the controller may load for a capacity plan (use-beds-reference.ts).
  const beds = useBedsReference(props.adapter);
  const validation = useValidation(beds.adapter, lang, props.debounceMs ?? 400);
  const latest = useRef(validation);
  latest.current = validation;
  const adapter = useMemo(() => revalidatingAdapter(beds.adapter, () => latest.current), [beds.adapter]);
  const missing = useMemo(
    () => missingWords(props.adapter.capabilities(), props.runtimeMissing),
    [props.adapter, props.runtimeMissing],
  );
  const { result } = validation;
  useEffect(() => {
    if (result) props.onReport?.(result.report);
  }, [result, props.onReport]);
  const failure = (validation.failure ?? langFailure) as Error | undefined;
  return (
    <main class="task-pane" lang={lang} aria-busy={work.busy !== undefined}>
      <header>
        <h1>{say("title")}</h1>
        <LanguageSwitch lang={lang} onChange={(next) => void choose(next)} />
      </header>
      <section class="status-bar" aria-labelledby="summary-heading">
        <SummaryPanel say={say} lang={lang} result={result} pending={validation.pending} />
        <p role="status" aria-live="polite" class="status">
          {work.status && sayWords(work.status, say, lang)}
        </p>
        {work.busy && <progress aria-label={say(work.busy)} />}
        {failure !== undefined && (
          <p role="alert" class="error">
            {say("failed", { detail: String(failure?.message ?? failure) })}
          </p>
        )}
      </section>
      <CapabilityNotes say={say} missing={missing} />
      <PaneSteps {...{ say, lang, adapter, work, validation, beds }} options={props} />
      {TOOL_PANELS.map((Panel, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the registry is a fixed list, never reordered
        <Panel key={index} {...{ say, lang, adapter, work, validation }} />
      ))}
    </main>
  );
}
