import { useEffect, useState } from "preact/hooks";
import { columnLetters } from "../host/cell-address";
import type { ExcelModel } from "../host/excel-model";
import { GridCell } from "./grid-cell";

const MIN_ROWS = 12;
const MIN_COLUMNS = 7;

/** What the playground's Office model recorded about the runtime (startup behaviour, close prompt). */
function runtimeState(): { startupBehavior?: string; closePromptEnabled?: boolean } {
  const office = (globalThis as { Office?: { modelState?: object } }).Office;
  return office?.modelState ?? {};
}

/**
 * The modelled workbook as a grid: sheet tabs, cells showing values, fills, notes and comments as the
 * model holds them; typing into a cell goes through `typeAsUser`, exactly like a user in Excel.
 */
export function WorkbookGrid({ model }: { model: ExcelModel }) {
  const [, setTick] = useState(0);
  const [chosen, setChosen] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  useEffect(() => model.subscribe(() => setTick((tick) => tick + 1)), [model]);
  const sheets = model.sheets();
  const selection = model.selection;
  const selectedSheet = selection?.slice(0, selection.lastIndexOf("!"));
  useEffect(() => {
    if (selectedSheet) setChosen(selectedSheet);
  }, [selectedSheet]);
  const sheet =
    sheets.find((entry) => entry.name === chosen) ?? sheets.find((entry) => entry.active) ?? sheets[0];
  const runtime = runtimeState();
  return (
    <div class="grid-view">
      <p class="toolbar">
        Modell av Excel (ikke Excel) / Model of Excel (not Excel) · lagret / saved: {model.saves} ·
        lukkevarsel / close prompt: {runtime.closePromptEnabled ? "på / on" : "av / off"}
        {selection ? ` · valgt / selected: ${selection}` : ""}
      </p>
      <fieldset class="tabs">
        <legend>Ark / Sheets</legend>
        {sheets.map((entry) => (
          <button
            key={entry.id}
            type="button"
            aria-pressed={entry.name === sheet?.name}
            onClick={() => setChosen(entry.name)}
          >
            {entry.name}
          </button>
        ))}
      </fieldset>
      {refusal && (
        <p role="alert" class="refusal">
          {refusal}
        </p>
      )}
      {sheet && <SheetTable model={model} sheet={sheet.name} size={sheet} onRefused={setRefusal} />}
    </div>
  );
}

/** A column's width on screen: Excel's points, kept between a narrow and a wide column. */
function widthPx(points: number | undefined): number {
  return Math.round(Math.min(Math.max((points ?? 48) * 1.33, 60), 320));
}

interface SheetTableProps {
  model: ExcelModel;
  sheet: string;
  size: { rows: number; columns: number; columnWidths: Record<number, number> };
  onRefused: (message: string | undefined) => void;
}

function SheetTable({ model, sheet, size, onRefused }: SheetTableProps) {
  const rows = Array.from({ length: Math.max(size.rows, MIN_ROWS) }, (_, index) => index + 1);
  const columns = Array.from({ length: Math.max(size.columns, MIN_COLUMNS) }, (_, index) =>
    columnLetters(index + 1),
  );
  return (
    <table class="sheet">
      <caption>{sheet}</caption>
      <colgroup>
        <col style={{ width: "32px" }} />
        {columns.map((letter, index) => (
          <col key={letter} style={{ width: `${widthPx(size.columnWidths[index + 1])}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td />
          {columns.map((letter) => (
            <th key={letter} scope="col">
              {letter}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            <th scope="row">{row}</th>
            {columns.map((letter) => (
              <td key={letter}>
                <GridCell model={model} cell={model.cell(sheet, `${letter}${row}`)} onRefused={onRefused} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
