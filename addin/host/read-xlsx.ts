import ExcelJS from "exceljs";
import { parseBlock, splitReference } from "./cell-address";
import {
  blankCell,
  blankSheet,
  blankWorkbook,
  type CellState,
  type CellValue,
  type DataValidationOperator,
  type SheetState,
  type ValidationState,
  type WorkbookState,
} from "./workbook-state";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
/** Excel's column width unit is a character; the API speaks points (about 5.6 per character at Calibri 11). */
const POINTS_PER_CHARACTER = 5.6;

function serial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

function colour(argb: string | undefined): string | undefined {
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function cellValueOf(raw: ExcelJS.CellValue): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return serial(raw);
  if ("error" in raw) return { error: String(raw.error) };
  if ("richText" in raw) return raw.richText.map((run) => run.text).join("");
  if ("text" in raw) return String(raw.text);
  if ("result" in raw) return cellValueOf((raw.result ?? null) as ExcelJS.CellValue);
  return null;
}

function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}

function bound(value: unknown): number | string | undefined {
  if (value instanceof Date) return serial(value);
  return typeof value === "number" || typeof value === "string" ? value : undefined;
}

/** The file's operator words (ECMA-376 ST_DataValidationOperator) in Office.js's spelling. */
const XLSX_OPERATORS: Record<string, DataValidationOperator> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};

/** A rule's input prompt and error alert, as the file has them. */
function textsOf(
  rule: ExcelJS.DataValidation,
): Pick<ValidationState, "ignoreBlanks" | "prompt" | "errorAlert"> {
  return {
    ignoreBlanks: rule.allowBlank ?? true,
    prompt: {
      title: rule.promptTitle ?? "",
      message: rule.prompt ?? "",
      show: rule.showInputMessage ?? false,
    },
    errorAlert: {
      title: rule.errorTitle ?? "",
      message: rule.error ?? "",
      style: (rule.errorStyle ?? "stop") as "stop",
      show: rule.showErrorMessage ?? true,
    },
  };
}

/** A list rule as the file has it: `"a,b,c"` in quotes is its choices; a range reference is not modelled. */
function listOf(rule: ExcelJS.DataValidation, formula: unknown): ValidationState {
  const literal = /^"(.*)"$/s.exec(typeof formula === "string" ? formula : "");
  return {
    type: "list",
    operator: "Between",
    ...(literal ? { source: literal[1] } : {}),
    inCellDropDown: true,
    ...textsOf(rule),
  };
}

function validationOf(rule: ExcelJS.DataValidation | undefined): ValidationState | undefined {
  if (!rule || (rule.type as string) === "any") return undefined;
  const [first, second] = rule.formulae ?? [];
  if (rule.type === "list") return listOf(rule, first);
  return {
    type: rule.type as ValidationState["type"],
    operator: XLSX_OPERATORS[rule.operator ?? "between"] ?? "Between",
    ...(bound(first) === undefined ? {} : { formula1: bound(first) }),
    ...(bound(second) === undefined ? {} : { formula2: bound(second) }),
    ...textsOf(rule),
  };
}

function cellOf(cell: ExcelJS.Cell): CellState | undefined {
  const state = blankCell();
  if (cell.type === ExcelJS.ValueType.Formula) state.formula = cell.formula;
  state.value = cellValueOf(cell.value);
  state.numberFormat = cell.numFmt || "General";
  const fill = cell.fill?.type === "pattern" ? colour(cell.fill.fgColor?.argb) : undefined;
  if (fill) state.fill = fill;
  const font = cell.font;
  if (font)
    state.font = { bold: font.bold, italic: font.italic, color: colour(font.color?.argb), size: font.size };
  state.locked = cell.protection?.locked ?? true;
  const validation = validationOf(cell.dataValidation);
  if (validation) state.validation = validation;
  const note = noteText(cell.note);
  if (note !== undefined) state.note = note;
  const blank =
    state.value === null && !state.formula && !fill && !validation && note === undefined && state.locked;
  return blank && !cell.style?.font ? undefined : state;
}

function sheetOf(state: WorkbookState, worksheet: ExcelJS.Worksheet): SheetState {
  const sheet = blankSheet(state, worksheet.name);
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const cellState = cellOf(cell);
      if (cellState) sheet.cells.set(cell.address, cellState);
    });
  });
  worksheet.columns?.forEach((column, index) => {
    if (column.width) sheet.columnWidths.set(index + 1, Math.round(column.width * POINTS_PER_CHARACTER));
  });
  const protection = (worksheet as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
  if (protection?.sheet) {
    sheet.protection = {
      protected: true,
      options: {
        allowFormatCells: protection.formatCells === true,
        allowFormatColumns: protection.formatColumns === true,
        allowFormatRows: protection.formatRows === true,
        allowInsertRows: protection.insertRows === true,
        allowDeleteRows: protection.deleteRows === true,
        // ECMA-376 `sheetProtection@objects` defaults to false (objects not locked); exceljs reads
        // `objects="1"` as false and leaves it undefined otherwise.
        allowEditObjects: protection.objects !== false,
      },
    };
  }
  return sheet;
}

function namesOf(state: WorkbookState, workbook: ExcelJS.Workbook): void {
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of model) {
    const reference = ranges[0] ?? "#REF!";
    const { sheet, cells } = splitReference(reference);
    const block = parseBlock(cells);
    const entry =
      sheet !== undefined && block
        ? { name, sheet, block, visible: true }
        : { name, formula: reference, visible: true };
    state.names.set(name.toLowerCase(), entry);
  }
}

/**
 * Reads an .xlsx with exceljs into the model's workbook state: values, formulas (their cached
 * results are recomputed by the model), number formats, fills, fonts, locking, protection, data
 * validation, notes and defined names. exceljs does not read custom XML parts or threaded comments.
 */
export async function readWorkbookState(bytes: Uint8Array): Promise<WorkbookState> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const state = blankWorkbook();
  for (const worksheet of workbook.worksheets) state.sheets.push(sheetOf(state, worksheet));
  namesOf(state, workbook);
  state.activeSheet = state.sheets[0]?.id;
  return state;
}
