import { useEffect, useRef } from "preact/hooks";
import type { FillConflict } from "../adapter/workbook-adapter";
import type { Say } from "./say";

interface ConfirmFillProps {
  say: Say;
  conflicts: readonly FillConflict[];
  onAnswer: (overwrite: boolean) => void;
}

/** Asks before the fill replaces cells that hold something, listing each cell, what is there and what would come. */
export function ConfirmFillDialog({ say, conflicts, onAnswer }: ConfirmFillProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="confirm-fill-title"
      aria-describedby="confirm-fill-intro"
      class="dialog"
      onKeyDown={(event) => {
        if (event.key === "Escape") onAnswer(false);
      }}
    >
      <h2 id="confirm-fill-title">{say("confirmFillTitle")}</h2>
      <p id="confirm-fill-intro">{say("confirmFillIntro")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{say("cell")}</th>
            <th scope="col">{say("current")}</th>
            <th scope="col">{say("incoming")}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={conflict.name}>
              <th scope="row">{conflict.cell}</th>
              <td>{String(conflict.current)}</td>
              <td>{String(conflict.incoming)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="buttons">
        <button type="button" ref={first} onClick={() => onAnswer(false)}>
          {say("keep")}
        </button>
        <button type="button" onClick={() => onAnswer(true)}>
          {say("overwrite")}
        </button>
      </div>
    </div>
  );
}
