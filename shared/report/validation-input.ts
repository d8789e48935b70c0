import type { CellNotice, CellProblem } from "./cell-finding";

/** A cell that holds an Excel error such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  error: string;
}

/**
 * A value as it arrives from outside: a workbook cell (number, text, boolean, error, empty) or a
 * package member. Dates arrive as ISO text, Norwegian `dd.mm.yyyy` text or an Excel serial number.
 */
export type RawValue = number | string | boolean | null | CellError;

/** Everything one validation pass needs, as plain data; the adapters build it. */
export interface ValidationInput {
  /** Field id → this year's value. */
  values: Readonly<Record<string, RawValue>>;
  /** Field id → last year's value (from `prev.<id>` cells or last year's package). */
  previous?: Readonly<Record<string, RawValue>>;
  /**
   * Where `previous` comes from when it is last year's packages (the CLI's `--previous`, a package
   * the pane loaded): each one's year, file and templates, so a message can name them instead of a
   * sheet the figure was never on. Absent when `previous` is the workbook's own `prev.` cells.
   */
  previousFrom?: readonly PreviousSource[];
  /** Field id → the explanation of a change (from `note.<id>` cells or the package's notes). */
  notes?: Readonly<Record<string, string>>;
  /** Field id → `Sheet!C7`, for workbooks. */
  cells?: Readonly<Record<string, string>>;
  /** Defined names the workbook lacks (deleted or never there): field ids and `prev.`/`note.` names. */
  missingNames?: readonly string[];
  /** Defined name → why its cell cannot be read (merged, formula without result, several cells …). */
  problems?: Readonly<Record<string, CellProblem>>;
  /** Defined name → what is odd about it but read anyway (a copied sheet's own copy, letter case). */
  notices?: Readonly<Record<string, readonly CellNotice[]>>;
  /** Field ids whose cell is formatted as Text (`@`): a figure typed there stays text (workbooks only). */
  textCells?: readonly string[];
}

/** Last year's package as the source of `previous`: plain data, so inputs travel as JSON. */
export interface PreviousSource {
  year: number;
  /** The file's name as the user gave it (no folders needed to recognise it). */
  file: string;
  templates: readonly string[];
}

/** Whether a raw value is an Excel error cell. */
export function isCellError(value: RawValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** Whether a raw value is empty: missing, null or blank text. */
export function isBlank(value: RawValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
