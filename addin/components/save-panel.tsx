import { AskDialog } from "./ask-dialog";
import type { Say } from "./say";

interface SavePanelProps {
  say: Say;
  busy: boolean;
  /** Whether this Excel can save from the add-in; without it the button only validates, said up front. */
  supported: boolean;
  /** Errors found when the user asked to save; the question is open while set. */
  asking: number | undefined;
  onSave: () => void;
  onAnswer: (save: boolean) => void;
}

/** The pane's "Validate & save" (the ribbon has the same command): with errors it asks first. */
export function SavePanel({ say, busy, supported, asking, onSave, onAnswer }: SavePanelProps) {
  return (
    <section aria-labelledby="save-heading">
      <h2 id="save-heading">{say("saveHeading")}</h2>
      {!supported && <p class="hint">{say("saveUnsupported")}</p>}
      {asking === undefined ? (
        <button type="button" disabled={busy} onClick={onSave}>
          {supported ? say("validateAndSave") : say("validateOnly")}
        </button>
      ) : (
        <AskDialog
          id="confirm-save"
          title={say("confirmSaveTitle", { errors: asking })}
          text={say("confirmSaveIntro")}
          no={say("cancel")}
          yes={say("saveAnyway")}
          onAnswer={onAnswer}
        />
      )}
    </section>
  );
}
