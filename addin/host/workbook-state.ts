import type { CellBlock } from "./cell-address";

/** What a cell holds: a number, text, a boolean, an Excel error, or nothing. */
export type CellValue = number | string | boolean | null | { error: string };

/**
 * `Excel.DataValidationOperator`, exactly as Office.js spells it; Excel refuses any other word.
 * https://learn.microsoft.com/javascript/api/excel/excel.datavalidationoperator
 */
export const DATA_VALIDATION_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
] as const;

export type DataValidationOperator = (typeof DATA_VALIDATION_OPERATORS)[number];

/** An Excel data-validation rule with its input prompt and error alert (ExcelApi 1.8's shape, flattened). */
export interface ValidationState {
  type: "decimal" | "whole" | "date" | "textLength" | "list" | "custom";
  /** As Office.js spells `Excel.DataValidationOperator`. */
  operator: DataValidationOperator;
  formula1?: number | string;
  formula2?: number | string;
  /** A list rule's choices as Office.js takes them: one comma-separated string. */
  source?: string;
  inCellDropDown?: boolean;
  ignoreBlanks: boolean;
  prompt?: { title: string; message: string; show: boolean };
  errorAlert?: { title: string; message: string; style: "stop" | "warning" | "information"; show: boolean };
}

/** A font as the model keeps it; colours are `#RRGGBB`. */
export interface FontState {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
}

/** Everything the model keeps about one cell. */
export interface CellState {
  value: CellValue;
  /** Without the leading `=`. */
  formula?: string;
  numberFormat: string;
  fill?: string;
  font: FontState;
  /** Excel's default: every cell is locked; locking matters only while the sheet is protected. */
  locked: boolean;
  validation?: ValidationState;
  note?: string;
  comment?: { id: string; content: string; resolved?: boolean; replies?: { id: string; content: string }[] };
}

/** `Excel.WorksheetProtectionOptions`, the part the templates use. */
export interface ProtectionOptions {
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowEditObjects?: boolean;
  allowInsertRows?: boolean;
  allowDeleteRows?: boolean;
}

/** One worksheet. */
export interface SheetState {
  id: string;
  name: string;
  cells: Map<string, CellState>;
  columnWidths: Map<number, number>;
  protection: { protected: boolean; options: ProtectionOptions };
  visibility: "Visible" | "Hidden";
}

/** A workbook-scoped defined name: a range on a sheet, a constant formula, or a reference gone (`#REF!`). */
export interface NameState {
  name: string;
  sheet?: string;
  block?: CellBlock;
  /** Without `=`; set for names that are not ranges (constants, `#REF!`). */
  formula?: string;
  visible: boolean;
  comment?: string;
}

/** A custom XML part (ExcelApi 1.5). */
export interface XmlPartState {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** The whole modelled workbook: plain data the proxies read and write at `sync()` time. */
export interface WorkbookState {
  sheets: SheetState[];
  names: Map<string, NameState>;
  parts: XmlPartState[];
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  nextId: number;
}

/** An empty cell as Excel has it: General format, locked, no fill. */
export function blankCell(): CellState {
  return { value: null, numberFormat: "General", font: {}, locked: true };
}

/** A new empty sheet. */
export function blankSheet(state: WorkbookState, name: string): SheetState {
  state.nextId += 1;
  return {
    id: `{sheet-${state.nextId}}`,
    name,
    cells: new Map(),
    columnWidths: new Map(),
    protection: { protected: false, options: {} },
    visibility: "Visible",
  };
}

/** An empty workbook. */
export function blankWorkbook(): WorkbookState {
  return { sheets: [], names: new Map(), parts: [], nextId: 0 };
}

/** The sheet of that name, compared as Excel does (case-insensitive). */
export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  const wanted = name.toLowerCase();
  return state.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
}

/** The defined name, compared as Excel does (case-insensitive). */
export function findName(state: WorkbookState, name: string): NameState | undefined {
  return state.names.get(name.toLowerCase());
}
