import { fieldLabel } from "../../shared/messages/field-label";
import type { Lang } from "../../shared/messages/lang";
import { NOTE_PREFIX, PREVIOUS_PREFIX } from "../../shared/templates/names";
import type { FillConflict } from "../adapter/workbook-adapter";
import { AskDialog } from "./ask-dialog";
import { fillWord } from "./fill-words";
import type { Say } from "./say";

interface ConfirmFillProps {
  say: Say;
  lang: Lang;
  conflicts: readonly FillConflict[];
  onAnswer: (overwrite: boolean) => void;
}

/** The field a defined name stands for, in words: "I fjor: PHV voksne, i alt", never the raw name. */
export function nameLabel(lang: Lang, name: string): string {
  if (name.startsWith(PREVIOUS_PREFIX))
    return fillWord(lang, "lastYearOf", { field: fieldLabel(name.slice(PREVIOUS_PREFIX.length), lang) });
  if (name.startsWith(NOTE_PREFIX))
    return fillWord(lang, "noteOf", { field: fieldLabel(name.slice(NOTE_PREFIX.length), lang) });
  return fieldLabel(name, lang);
}

/** Asks before the fill replaces cells that hold something, listing each cell, what is there and what would come. */
export function ConfirmFillDialog({ say, lang, conflicts, onAnswer }: ConfirmFillProps) {
  return (
    <AskDialog
      id="confirm-fill"
      title={fillWord(lang, "confirmFillTitle")}
      text={fillWord(lang, "confirmFillIntro")}
      no={fillWord(lang, "keep")}
      yes={fillWord(lang, "overwrite")}
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
              <th scope="row">{nameLabel(lang, conflict.name)}</th>
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
