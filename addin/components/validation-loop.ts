import type { Lang } from "../../shared/messages/lang";
import type { Report } from "../../shared/report/report";
import { validate } from "../../shared/report/validate";
import type { WorkbookAdapter, WorkbookSnapshot } from "../adapter/workbook-adapter";

/** The outcome of one pass: what was read and how it was judged. */
export interface PassResult {
  snapshot: WorkbookSnapshot;
  report: Report;
}

/** Callbacks of a validation loop. */
export interface LoopEvents {
  onStart(): void;
  onResult(result: PassResult): void;
  onError(error: unknown): void;
}

/** A running loop: `schedule` debounces, `runNow` starts a pass at once, `stop` ends everything. */
export interface ValidationLoop {
  schedule(): void;
  runNow(): Promise<void>;
  setLang(lang: Lang): void;
  stop(): void;
}

/** Judges a snapshot in the phase asked for; the add-in has no rules of its own. */
export function judge(snapshot: WorkbookSnapshot, phase: "edit" | "export"): Report {
  return validate(snapshot.input, {
    templates: snapshot.templates,
    phase,
    ...(snapshot.meta?.year ? { year: snapshot.meta.year } : {}),
  });
}

/**
 * Validation while the controller works (docs/addin.md): edits are debounced, each pass is read →
 * validate("edit") → writeMarks (two syncs), passes run one at a time and a newer request aborts
 * the older one so stale marks are never written over fresh ones.
 */
export function createValidationLoop(
  adapter: WorkbookAdapter,
  events: LoopEvents,
  options: { debounceMs: number; lang: Lang },
): ValidationLoop {
  let lang = options.lang;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: AbortController | undefined;
  let queue: Promise<void> = Promise.resolve();
  const pass = async (signal: AbortSignal) => {
    if (signal.aborted) return;
    events.onStart();
    const snapshot = await adapter.read(signal);
    if (signal.aborted) return;
    const report = judge(snapshot, "edit");
    await adapter.writeMarks(report.issues, lang, signal);
    if (!signal.aborted) events.onResult({ snapshot, report });
  };
  const runNow = () => {
    clearTimeout(timer);
    current?.abort();
    const controller = new AbortController();
    current = controller;
    queue = queue
      .then(() => pass(controller.signal))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) events.onError(error);
      });
    return queue;
  };
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => void runNow(), options.debounceMs);
    },
    runNow,
    setLang(next) {
      lang = next;
    },
    stop() {
      clearTimeout(timer);
      current?.abort();
    },
  };
}
