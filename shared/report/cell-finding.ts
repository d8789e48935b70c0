/**
 * Why a workbook cell cannot be read as the figure of a field, found by the adapter that reads the
 * workbook (the CLI's reader, the add-in's adapter). The value under such a name is never used:
 * not as empty, not as a figure (docs/cli.md lists each case).
 */
export type CellProblem =
  /** The named cell is part of a merged area: it shows the merge's first cell, not its own. */
  | { code: "cell_merged"; params: { merge: string } }
  /** A number in a date-formatted cell of a numeric field: Excel made a date of what was typed ("1.5" → 1 May). */
  | { code: "cell_date_format"; params: { format: string } }
  /** A number in a percent-formatted cell of a field that is no percentage: "5 200 %" typed is stored as 52. */
  | { code: "cell_percent_format"; params: { format: string; stored: number; shown: number } }
  /** A formula saved without its result (openpyxl, scripts), and not plain arithmetic we can work out. */
  | { code: "formula_without_result"; params: { formula: string } }
  /** The name refers to a constant, a whole column or row, or something else than one cell. */
  | { code: "name_not_a_cell"; params: { name: string; kind: NameTargetKind; refersTo: string } }
  /** The name covers several cells: which one holds the figure is not certain. */
  | { code: "name_several_cells"; params: { name: string; range: string } }
  /** Only sheet-scoped copies of the name exist (a copied sheet); fields are workbook-scoped names. */
  | { code: "name_sheet_only"; params: { name: string; sheet: string } };

/** Something about a name that is read anyway, said so the workbook can be put right. */
export type CellNotice =
  /** A copied sheet carries its own sheet-scoped names with the fields' ids; they are not read. Said once per sheet. */
  | {
      code: "name_sheet_copy";
      params: { sheet: string; count: number };
      /** The copy's own cell (`Sheet (2)!C3`): the notice is about that sheet, not the original's cell. */
      at?: string;
    }
  /** The name is written in other letter case; Excel treats names case-insensitively, so it is the field. */
  | { code: "name_case"; params: { name: string; written: string } };

/** The issue codes of cell problems and notices. */
export type CellFindingCode = CellProblem["code"] | CellNotice["code"];

/** What a defined name refers to when it is not one cell. */
export type NameTargetKind = "constant" | "column" | "row" | "other";
