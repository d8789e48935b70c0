import { useEffect, useRef, useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { createValidationLoop, type PassResult, type ValidationLoop } from "./validation-loop";

/** The pane's view of continuous validation: the latest pass and a way to run one now. */
export interface Validation {
  result: PassResult | undefined;
  checking: boolean;
  /** A user edit was seen that no finished pass has judged yet: what is shown may be old. */
  pending: boolean;
  failure: unknown;
  /** Runs a pass now (after every write of ours: the change events leave those out). */
  revalidate: () => Promise<void>;
  /** Subscribes to changes again, so sheets created since are watched too (ExcelApi 1.7 watches per sheet). */
  rewatch: () => void;
}

/**
 * Validates on open and after every user edit (debounced, stale passes dropped), and again when the
 * language changes so the marks' notes are rewritten in it.
 */
export function useValidation(adapter: WorkbookAdapter, lang: Lang, debounceMs: number): Validation {
  const [result, setResult] = useState<PassResult>();
  const [checking, setChecking] = useState(true);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [watchRound, setWatchRound] = useState(0);
  const loop = useRef<ValidationLoop>(undefined);
  // Edits seen, and how many of them the running pass had seen when it started: only a pass that
  // started after the last edit may say that what is shown is current.
  const edits = useRef(0);
  const seenByPass = useRef(0);
  const shownLang = useRef(lang);
  useEffect(() => {
    const events = {
      onStart: () => {
        seenByPass.current = edits.current;
        setChecking(true);
      },
      onResult: (next: PassResult) => {
        setResult(next);
        setFailure(undefined);
        setChecking(false);
        setPending(seenByPass.current < edits.current);
      },
      onError: (error: unknown) => {
        console.error("[hso task pane] validation", error);
        setFailure(error);
        setChecking(false);
        setPending(seenByPass.current < edits.current);
      },
    };
    const current = createValidationLoop(adapter, events, { debounceMs, lang: shownLang.current });
    loop.current = current;
    void current.runNow();
    return () => current.stop();
  }, [adapter, debounceMs]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: watchRound is the request to subscribe again
  useEffect(() => {
    // The change is noted at once, before the debounced pass: a package or "ready" is old from now on.
    const unsubscribe = adapter.onUserChange(() => {
      edits.current += 1;
      setPending(true);
      loop.current?.schedule();
    });
    return unsubscribe;
  }, [adapter, watchRound]);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    loop.current?.setLang(lang);
    void loop.current?.runNow();
  }, [lang]);
  return {
    result,
    checking,
    pending,
    failure,
    revalidate: () => loop.current?.runNow() ?? Promise.resolve(),
    rewatch: () => setWatchRound((round) => round + 1),
  };
}
