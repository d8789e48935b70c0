import { useState } from "preact/hooks";
import type { UiWord } from "../i18n/ui-words";
import type { Say } from "./say";

/** Long work in the pane: what is running (for the progress bar) and the last status line (live region). */
export interface Work {
  busy: UiWord | undefined;
  status: string;
  setStatus: (text: string) => void;
  run: (label: UiWord, job: () => Promise<string | undefined>) => Promise<void>;
}

/** The message of anything thrown, for the status line. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one job at a time with a visible progress label; a job answers the status text to show.
 * An unexpected error is shown in the user's language and logged once with its origin.
 */
export function useWork(say: Say): Work {
  const [busy, setBusy] = useState<UiWord>();
  const [status, setStatus] = useState("");
  const run = async (label: UiWord, job: () => Promise<string | undefined>) => {
    setBusy(label);
    setStatus(say(label));
    try {
      setStatus((await job()) ?? "");
    } catch (error) {
      console.error("[hso task pane]", label, error);
      setStatus(say("failed", { detail: errorText(error) }));
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, status, setStatus, run };
}
