import type { Lang } from "../../../shared/messages/lang";
import { pageWord } from "../../i18n/page-words";
import type { FillResult, UndoSummary } from "../../messages";

/** After a fill: the Undo button while a snapshot is kept, then what undo restored. */
export function UndoLine(props: {
  lang: Lang;
  result: FillResult;
  undone: UndoSummary | undefined;
  busy: boolean;
  onUndo: () => void;
}) {
  const { lang, result, undone } = props;
  const names = (ids: string[]) => ids.map((id) => result.labels[id]?.[lang] ?? id).join(", ");
  if (result.mode !== "fill" || result.filled.length === 0) return null;
  if (undone) {
    if (undone.nothing) return <p>{pageWord(lang, "nothingToUndo")}</p>;
    const stays = undone.cannotEmpty ?? [];
    const failed = undone.failed.filter((id) => !stays.includes(id));
    const unreached = undone.frameErrors ?? [];
    return (
      <>
        <p>{pageWord(lang, "undone", { n: undone.restored.length })}</p>
        {unreached.length > 0 && (
          <>
            <p class="error">{pageWord(lang, "undoFrameErrors", { list: unreached.join(", ") })}</p>
            {/* Their snapshots are kept (undo-tab.ts): undo may be asked again. */}
            <button type="button" class="secondary" disabled={props.busy} onClick={props.onUndo}>
              {pageWord(lang, "undo")}
            </button>
          </>
        )}
        {undone.kept.length > 0 && <p>{pageWord(lang, "undoKept", { list: names(undone.kept) })}</p>}
        {failed.length > 0 && <p class="error">{pageWord(lang, "undoFailed", { list: names(failed) })}</p>}
        {stays.length > 0 && <p class="error">{pageWord(lang, "undoCannotEmpty", { list: names(stays) })}</p>}
      </>
    );
  }
  if (!result.undoAvailable) return <p class="muted">{pageWord(lang, "undoAfterReload")}</p>;
  return (
    <button type="button" class="secondary" disabled={props.busy} onClick={props.onUndo}>
      {pageWord(lang, "undo")}
    </button>
  );
}
