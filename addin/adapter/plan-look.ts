import type { CellStyle } from "../../shared/templates/sheet-plan";

/** How a planned cell looks in Office.js terms; the same colours as the CLI's exceljs writer. */
export interface Look {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
}

const INPUT = "#FFF2CC";

/** Light yellow marks what a controller types; grey is last year's; blue is computed. */
export const LOOKS: Record<CellStyle, Look> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, size: 12, color: "#595959" },
  heading: { bold: true, fill: "#D9D9D9" },
  label: {},
  label_en: { italic: true, color: "#595959" },
  input: { fill: INPUT },
  previous: { fill: "#F2F2F2" },
  formula: { bold: true, fill: "#DDEBF7" },
  note: {},
  unit: { color: "#595959" },
};

/** The look of a planned cell; an unlocked note is an input and looks like one. */
export function lookOf(style: CellStyle, locked: boolean): Look {
  return style === "note" && !locked ? { fill: INPUT } : LOOKS[style];
}

/** Number formats by field kind, so a typed org. no. stays text and a date shows as dd.mm.yyyy. */
export const KIND_FORMATS: Partial<Record<string, string>> = { org: "@", date: "dd.mm.yyyy", fte: "0.00" };
