import type { Cell } from "exceljs";
import type { CellStyle, PlannedCell } from "../../shared/templates/sheet-plan";

const THIN = { style: "thin" as const, color: { argb: "FF9E9E9E" } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function fill(argb: string) {
  return { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb } };
}

/** Light yellow marks what a controller types; grey is last year's; blue is computed. */
const INPUT_FILL = fill("FFFFF2CC");

const LOOKS: Record<CellStyle, (cell: Cell) => void> = {
  title: (cell) => {
    cell.font = { bold: true, size: 14 };
  },
  subtitle: (cell) => {
    cell.font = { italic: true, size: 12, color: { argb: "FF595959" } };
  },
  heading: (cell) => {
    cell.font = { bold: true };
    cell.fill = fill("FFD9D9D9");
    cell.border = BOX;
  },
  label: () => {},
  label_en: (cell) => {
    cell.font = { italic: true, color: { argb: "FF595959" } };
  },
  input: (cell) => {
    cell.fill = INPUT_FILL;
    cell.border = BOX;
  },
  previous: (cell) => {
    cell.fill = fill("FFF2F2F2");
    cell.border = BOX;
  },
  formula: (cell) => {
    cell.font = { bold: true };
    cell.fill = fill("FFDDEBF7");
    cell.border = BOX;
  },
  note: (cell) => {
    cell.alignment = { wrapText: true, vertical: "top" };
  },
  unit: (cell) => {
    cell.font = { color: { argb: "FF595959" } };
  },
};

/** Gives a cell its look and protection; an unlocked note is an input and looks like one. */
export function styleCell(cell: Cell, planned: PlannedCell): void {
  LOOKS[planned.style](cell);
  if (planned.style === "note" && !planned.locked) {
    cell.fill = INPUT_FILL;
    cell.border = BOX;
  }
  cell.protection = { locked: planned.locked };
}
