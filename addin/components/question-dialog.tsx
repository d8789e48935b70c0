import { useEffect, useRef } from "preact/hooks";
import type { Say } from "./say";
import type { OpenQuestion } from "./use-fill";

/** A yes/no question before the pane writes; focus starts on the safe answer, Escape gives it. */
export function QuestionDialog({ say, question }: { say: Say; question: OpenQuestion }) {
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="question-title"
      aria-describedby="question-text"
      class="dialog"
      onKeyDown={(event) => {
        if (event.key === "Escape") question.answer(false);
      }}
    >
      <h2 id="question-title">{question.title}</h2>
      <p id="question-text">{question.text}</p>
      <div class="buttons">
        <button type="button" ref={safe} onClick={() => question.answer(false)}>
          {say("cancel")}
        </button>
        <button type="button" onClick={() => question.answer(true)}>
          {question.yes}
        </button>
      </div>
    </div>
  );
}
