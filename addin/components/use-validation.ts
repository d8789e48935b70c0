import { useEffect, useRef, useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { createValidationLoop, type PassResult, type ValidationLoop } from "./validation-loop";

/** The pane's view of continuous validation: the latest pass and a way to run one now. */
export interface Validation {
  result: PassResult | undefined;
  checking: boolean;
  failure: unknown;
  revalidate: () => Promise<void>;
}

/**
 * Validates on open and after every user edit (debounced, stale passes dropped), and again when the
 * language changes so the marks' notes are rewritten in it.
 */
export function useValidation(adapter: WorkbookAdapter, lang: Lang, debounceMs: number): Validation {
  const [result, setResult] = useState<PassResult>();
  const [checking, setChecking] = useState(true);
  const [failure, setFailure] = useState<unknown>();
  const loop = useRef<ValidationLoop>(undefined);
  const shownLang = useRef(lang);
  useEffect(() => {
    const events = {
      onStart: () => setChecking(true),
      onResult: (next: PassResult) => {
        setResult(next);
        setFailure(undefined);
        setChecking(false);
      },
      onError: (error: unknown) => {
        console.error("[hso task pane] validation", error);
        setFailure(error);
        setChecking(false);
      },
    };
    const current = createValidationLoop(adapter, events, { debounceMs, lang: shownLang.current });
    loop.current = current;
    const unsubscribe = adapter.onUserChange(() => current.schedule());
    void current.runNow();
    return () => {
      unsubscribe();
      current.stop();
    };
  }, [adapter, debounceMs]);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    loop.current?.setLang(lang);
    void loop.current?.runNow();
  }, [lang]);
  return { result, checking, failure, revalidate: () => loop.current?.runNow() ?? Promise.resolve() };
}
