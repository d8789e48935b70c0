import { useState } from "preact/hooks";
import type { UiWord } from "../i18n/ui-words";
import type { Words } from "./say";

/**
 * Long work in the pane: what is running (for the progress bar) and the last status line (live
 * region). The status is kept as words, said in the language of each render (adversary A12).
 */
export interface Work {
  busy: UiWord | undefined;
  status: Words | undefined;
  setStatus: (words: Words) => void;
  run: (label: UiWord, job: () => Promise<Words | undefined>) => Promise<void>;
}

/** The message of anything thrown, for the status line. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one job at a time with a visible progress label; a job answers the status words to show.
 * An unexpected error is shown in the user's language and logged once with its origin.
 */
export function useWork(): Work {
  const [busy, setBusy] = useState<UiWord>();
  const [status, keepStatus] = useState<Words>();
  // A function given to a state setter is taken as an updater: wrap it, so it is kept as it is.
  const setStatus = (words: Words | undefined) => keepStatus(() => words);
  const run = async (label: UiWord, job: () => Promise<Words | undefined>) => {
    setBusy(label);
    setStatus([label]);
    try {
      setStatus(await job());
    } catch (error) {
      console.error("[hso task pane]", label, error);
      setStatus(["failed", { detail: errorText(error) }]);
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, status, setStatus, run };
}
