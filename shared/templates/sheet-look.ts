/** How a planned cell is meant to look; each renderer (exceljs, Office.js) only translates this. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "heading"
  | "section"
  | "label"
  | "label_en"
  | "input"
  | "previous"
  | "formula"
  | "note"
  | "unit";

/** A look in plain terms: colours as `#RRGGBB`. */
export interface Look {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  /** A thin grey box around the cell. */
  border?: boolean;
  /** Long text wraps inside the column, aligned to the top. */
  wrap?: boolean;
}

/** Light yellow marks what a controller types; grey is last year's; blue is computed. */
export const INPUT_FILL = "#FFF2CC";
/** The border colour of boxed cells. */
export const BORDER_COLOR = "#9E9E9E";
const MUTED = "#595959";

const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, size: 12, color: MUTED },
  heading: { bold: true, fill: "#D9D9D9", border: true },
  section: { bold: true, fill: "#E2EFDA" },
  label: { wrap: true },
  label_en: { italic: true, color: MUTED, wrap: true },
  input: { fill: INPUT_FILL, border: true },
  previous: { fill: "#F2F2F2", border: true },
  formula: { bold: true, fill: "#DDEBF7", border: true },
  note: { wrap: true },
  unit: { color: MUTED },
};

/** The look of a planned cell; an unlocked note is an input and looks like one. */
export function lookOf(style: CellStyle, locked: boolean): Look {
  const look = LOOKS[style];
  return style === "note" && !locked ? { ...look, fill: INPUT_FILL, border: true } : look;
}
