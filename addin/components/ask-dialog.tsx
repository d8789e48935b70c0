import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

interface AskDialogProps {
  id: string;
  title: string;
  text: string;
  /** The safe answer: focused first, and what Escape gives. */
  no: string;
  yes: string;
  onAnswer: (yes: boolean) => void;
  children?: ComponentChildren;
}

/** A yes/no question before the pane writes (or saves): focus starts on the safe answer, Escape gives it. */
export function AskDialog({ id, title, text, no, yes, onAnswer, children }: AskDialogProps) {
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      class="dialog"
      onKeyDown={(event) => {
        if (event.key === "Escape") onAnswer(false);
      }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-text`}>{text}</p>
      {children}
      <div class="buttons">
        <button type="button" ref={safe} onClick={() => onAnswer(false)}>
          {no}
        </button>
        <button type="button" onClick={() => onAnswer(true)}>
          {yes}
        </button>
      </div>
    </div>
  );
}
