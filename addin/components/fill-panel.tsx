import type { Lang } from "../../shared/messages/lang";
import type { Say } from "./say";
import type { useFill } from "./use-fill";

interface FillPanelProps {
  say: Say;
  lang: Lang;
  busy: boolean;
  fill: ReturnType<typeof useFill>;
}

/**
 * Step 2: chooses last year's package from disk; the pane parses it strictly, checks its unit and
 * year against the workbook's, asks where it must, and asks again before overwriting a cell.
 */
export function FillPanel({ say, lang, busy, fill }: FillPanelProps) {
  // The dialogs come with the fill's first package (fill-flow.ts); a question is only ever open after.
  const { QuestionDialog, ConfirmFillDialog } = fill.flow ?? {};
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
          if (file) void fill.fromFile(file);
        }}
      />
      {fill.refused && (
        <p role="alert" class="error">
          {fill.refused}
        </p>
      )}
      {fill.question && QuestionDialog && <QuestionDialog say={say} question={fill.question} />}
      {fill.pending && ConfirmFillDialog && (
        <ConfirmFillDialog
          say={say}
          lang={lang}
          conflicts={fill.pending.conflicts}
          onAnswer={fill.pending.answer}
        />
      )}
      {fill.canUndo && (
        <button type="button" disabled={busy} onClick={() => void fill.undo()}>
          {say("undoFill")}
        </button>
      )}
    </section>
  );
}
