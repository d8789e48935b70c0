import { fieldLabel } from "../../shared/messages/field-label";
import type { Lang } from "../../shared/messages/lang";
import { NOTE_PREFIX, PREVIOUS_PREFIX } from "../../shared/templates/names";
import type { FillConflict } from "../adapter/workbook-adapter";
import { AskDialog } from "./ask-dialog";
import type { Say } from "./say";

interface ConfirmFillProps {
  say: Say;
  lang: Lang;
  conflicts: readonly FillConflict[];
  onAnswer: (overwrite: boolean) => void;
}

/** The field a defined name stands for, in words: "I fjor: PHV voksne, i alt", never the raw name. */
export function nameLabel(say: Say, lang: Lang, name: string): string {
  if (name.startsWith(PREVIOUS_PREFIX))
    return say("lastYearOf", { field: fieldLabel(name.slice(PREVIOUS_PREFIX.length), lang) });
  if (name.startsWith(NOTE_PREFIX))
    return say("noteOf", { field: fieldLabel(name.slice(NOTE_PREFIX.length), lang) });
  return fieldLabel(name, lang);
}

/** Asks before the fill replaces cells that hold something, listing each cell, what is there and what would come. */
export function ConfirmFillDialog({ say, lang, conflicts, onAnswer }: ConfirmFillProps) {
  return (
    <AskDialog
      id="confirm-fill"
      title={say("confirmFillTitle")}
      text={say("confirmFillIntro")}
      no={say("keep")}
      yes={say("overwrite")}
      onAnswer={onAnswer}
    >
      <table>
        <thead>
          <tr>
            <th scope="col">{say("field")}</th>
            <th scope="col">{say("cell")}</th>
            <th scope="col">{say("current")}</th>
            <th scope="col">{say("incoming")}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={conflict.name}>
              <th scope="row">{nameLabel(say, lang, conflict.name)}</th>
              <td>{conflict.cell}</td>
              <td>{String(conflict.current)}</td>
              <td>{String(conflict.incoming)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AskDialog>
  );
}
