import { useEffect, useRef, useState } from "preact/hooks";
import type { CellSnapshot } from "../host/cell-snapshot";
import type { ExcelModel } from "../host/excel-model";

interface GridCellProps {
  model: ExcelModel;
  cell: CellSnapshot;
  onRefused: (message: string | undefined) => void;
}

/** What hovering a cell tells: its names, note or comment (the marks) and input prompt. */
function tooltip(cell: CellSnapshot): string {
  return [cell.names.join(", "), cell.note, cell.comment, cell.prompt].filter(Boolean).join("\n");
}

/**
 * What editing a cell starts from, as Excel's formula bar has it: the formula, or a number in full
 * (41,55 in a cell whose format shows 41,6), never the shown text. Typing the shown text back must
 * change the value, as it does in Excel. Dates and percentages keep their shown text.
 */
function editText(cell: CellSnapshot): string {
  if (cell.formula) return cell.formula;
  const plainNumber = typeof cell.value === "number" && !/[%dmy]/i.test(cell.numberFormat);
  return plainNumber ? String(cell.value).replace("-", "\u2212").replace(".", ",") : cell.text;
}

/**
 * One cell: shows the computed text; while focused, the formula or value to edit. Enter or leaving
 * the cell types it as the user (protection and data-validation rules apply); Escape cancels.
 */
export function GridCell({ model, cell, onRefused }: GridCellProps) {
  const [draft, setDraft] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const where = `${cell.sheet}!${cell.address}`;
  const selected = model.selection === where;
  useEffect(() => {
    if (selected) input.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selected]);
  const commit = async () => {
    if (draft === undefined) return;
    const text = draft;
    setDraft(undefined);
    if (text === editText(cell)) return;
    const result = await model.typeAsUser(cell.sheet, cell.address, text);
    onRefused(result.ok ? undefined : `${where}: ${result.title} – ${result.message}`);
  };
  const marked = cell.note !== undefined || cell.comment !== undefined;
  return (
    <input
      ref={input}
      class={`cell${selected ? " selected" : ""}${marked ? " marked" : ""}${cell.locked ? " locked" : ""}`}
      aria-label={where}
      title={tooltip(cell) || undefined}
      data-fill={cell.fill}
      style={{
        background: cell.fill ?? "#fff",
        fontWeight: cell.bold ? 700 : 400,
        fontStyle: cell.italic ? "italic" : "normal",
      }}
      value={draft ?? cell.text}
      onFocus={(event) => {
        // The edit text may differ from the shown text (41,55 shown 41,6): put it in at once and
        // select it, so what is typed next replaces it, as typing into a chosen cell does in Excel.
        const text = editText(cell);
        setDraft(text);
        if (event.currentTarget.value !== text) {
          event.currentTarget.value = text;
          event.currentTarget.select();
        }
      }}
      onInput={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === "Enter") void commit();
        if (event.key === "Escape") setDraft(undefined);
      }}
    />
  );
}
