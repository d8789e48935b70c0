import type { Say } from "./say";

interface FillPanelProps {
  say: Say;
  busy: boolean;
  canUndo: boolean;
  error: string | undefined;
  onFile: (file: File) => void;
  onUndo: () => void;
}

/** Chooses last year's package from disk; the pane parses it strictly and asks before overwriting. */
export function FillPanel({ say, busy, canUndo, error, onFile, onUndo }: FillPanelProps) {
  return (
    <section aria-labelledby="fill-heading">
      <h2 id="fill-heading">{say("fillHeading")}</h2>
      <label for="fill-file">{say("fillChoose")}</label>
      <input
        id="fill-file"
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {canUndo && (
        <button type="button" disabled={busy} onClick={onUndo}>
          {say("undoFill")}
        </button>
      )}
    </section>
  );
}
