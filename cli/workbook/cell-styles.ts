import type { Borders, Cell } from "exceljs";
import { BORDER_COLOR, type Look } from "../../shared/templates/sheet-look";
import type { PlannedCell } from "../../shared/templates/sheet-plan";

/** exceljs speaks ARGB: `#RRGGBB` becomes `FFRRGGBB`. */
function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

const THIN = { style: "thin" as const, color: { argb: argb(BORDER_COLOR) } };
const BOX: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function font(look: Look): Cell["font"] | undefined {
  if (!look.bold && !look.italic && !look.color && !look.size) return undefined;
  return {
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
    ...(look.size ? { size: look.size } : {}),
    ...(look.color ? { color: { argb: argb(look.color) } } : {}),
  };
}

/** Gives a cell the plan's look, number format and protection, translated into exceljs terms. */
export function styleCell(cell: Cell, planned: PlannedCell): void {
  const { look } = planned;
  const lettering = font(look);
  if (lettering) cell.font = lettering;
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.border) cell.border = BOX;
  if (look.wrap) cell.alignment = { wrapText: true, vertical: "top" };
  if (planned.numberFormat) cell.numFmt = planned.numberFormat;
  cell.protection = { locked: planned.locked };
}
